/** The home page: who the user is, their tenant, and the way into each area. */
@NullMarked
package org.uplift.gateway.home;

import org.jspecify.annotations.NullMarked;
