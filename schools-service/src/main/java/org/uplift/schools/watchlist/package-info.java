/** The per-LA watchlist: schools with red objectives, overdue actions or no review this term. */
@NullMarked
package org.uplift.schools.watchlist;

import org.jspecify.annotations.NullMarked;
