/** How current the read models are. */
@NullMarked
package org.uplift.reporting.freshness;

import org.jspecify.annotations.NullMarked;
