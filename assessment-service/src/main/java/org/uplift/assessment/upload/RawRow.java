package org.uplift.assessment.upload;

import java.util.Map;

/** One pupil's values as read from a file, by canonical column name; {@code row} is what a spreadsheet would show. */
record RawRow(int row, Map<String, String> values) {

    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
