package org.uplift.schools.watchlist;

import java.util.List;

/** An LA's watchlist for the current term. */
record Watchlist(String laCode, String laName, String term, List<WatchlistEntry> schools) {
}
