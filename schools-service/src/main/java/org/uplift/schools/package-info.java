/** The schools-service application. */
@NullMarked
package org.uplift.schools;

import org.jspecify.annotations.NullMarked;
