package org.uplift.schools.school;

/** What an applied import did; a re-import of the same file reports every row unchanged. */
record ImportResult(int rows, int registered, int updated, int closed, int unchanged) {
}
