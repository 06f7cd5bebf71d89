package org.uplift.reporting.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.reporting.figures.Cell;
import org.uplift.reporting.figures.Table;

/**
 * Answers a report as JSON or, when asked with {@code Accept: text/csv}, as CSV: one table (by id) with its own
 * columns, or every table in long form ({@code table,row,column,value}). CSV shows the same displayed cells as the
 * page ({@code c}, {@code x}, {@code z} included). Every answer carries the freshness stamp in a header too.
 */
public final class ReportAnswers {

    public static final String FRESHNESS_HEADER = "Uplift-Freshness";
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private ReportAnswers() {
    }

    public static boolean wantsCsv(@Nullable String accept) {
        return accept != null && accept.contains("text/csv");
    }

    public static ResponseEntity<?> answer(Report report, @Nullable String accept, @Nullable String table) {
        return wantsCsv(accept) ? csv(report, table) : json(report);
    }

    public static ResponseEntity<Report> json(Report report) {
        return ResponseEntity.ok().header(FRESHNESS_HEADER, String.valueOf(report.freshness())).body(report);
    }

    public static ResponseEntity<String> csv(Report report, @Nullable String tableId) {
        String name = report.report() + "-" + report.area().level().param() + (report.area().code().isEmpty() ? "" : "-" + report.area().code())
                + (report.year() == null ? "" : "-" + report.year().replace('/', '-')) + (tableId == null ? "" : "-" + tableId);
        return ResponseEntity.ok().contentType(CSV).header(FRESHNESS_HEADER, String.valueOf(report.freshness()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9.-]", "_") + ".csv\"")
                .body(tableId == null ? allTables(report) : oneTable(find(report, tableId)));
    }

    static String oneTable(Table table) {
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading());
        table.columns().forEach(c -> header.add(c.label()));
        return write(header, table.rows().stream().map(row -> {
            List<String> values = new ArrayList<>();
            values.add(row.label());
            row.cells().forEach(cell -> values.add(cell.display()));
            return values;
        }).toList());
    }

    static String allTables(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Table table : report.tables()) {
            for (Table.Row row : table.rows()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    Cell cell = row.cells().get(i);
                    rows.add(List.of(table.id(), row.label(), table.columns().get(i).label(), cell.display()));
                }
            }
        }
        return write(List.of("table", "row", "column", "value"), rows);
    }

    private static Table find(Report report, String tableId) {
        return report.tables().stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new NotFoundException("table", tableId));
    }

    private static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
