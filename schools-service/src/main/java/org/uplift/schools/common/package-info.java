/** Small rules every feature of this service shares: optimistic concurrency and school terms. */
@NullMarked
package org.uplift.schools.common;

import org.jspecify.annotations.NullMarked;
