/** Shapes shared by every service's JSON API. */
@NullMarked
package org.uplift.platform.api;

import org.jspecify.annotations.NullMarked;
