package org.uplift.reporting.figures;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table as API, page and CSV show it: stable ids for the table, its rows and columns (the page gives each cell the
 * id {@code tableId-rowId-columnId}), and cells already suppressed.
 */
public record Table(String id, String caption, String rowHeading, List<Column> columns, List<Row> rows) {

    public record Column(String id, String label) {
    }

    /** {@code href} links a row to the next level of the drill-down, where there is one. */
    public record Row(String id, String label, @Nullable String href, List<Cell> cells) {
    }
}
