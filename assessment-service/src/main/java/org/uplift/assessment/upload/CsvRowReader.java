package org.uplift.assessment.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.platform.problem.FieldProblem;

/**
 * Reads a CSV export as MIS systems write them: UTF-8 with or without a byte-order mark, CRLF or LF, quoted fields
 * (with commas or line breaks inside), comma, semicolon or tab separated, header variants (see {@link Columns}).
 */
final class CsvRowReader implements RowReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<Integer, String> columnAt = new HashMap<>();
    private final List<FieldProblem> structureProblems = new ArrayList<>();
    private int row = 1;

    CsvRowReader(InputStream in, AssessmentKind kind) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536);
            reader.mark(8192);
            int first = reader.read();
            if (first != '\uFEFF') {
                reader.reset();
                reader.mark(8192);
            }
            char delimiter = sniffDelimiter(reader);
            parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                    .get().parse(reader);
            records = parser.iterator();
            readHeader(kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char sniffDelimiter(BufferedReader reader) throws IOException {
        char[] buffer = new char[4096];
        int read = reader.read(buffer);
        reader.reset();
        String firstLine = read <= 0 ? "" : new String(buffer, 0, read).lines().findFirst().orElse("");
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private void readHeader(AssessmentKind kind) {
        if (!records.hasNext()) {
            structureProblems.add(FieldProblem.inRow(1, "file", "The file is empty: it needs a header row and a row per pupil"));
            return;
        }
        CSVRecord header = records.next();
        for (int i = 0; i < header.size(); i++) {
            String column = Columns.canonical(header.get(i));
            if (column != null && !columnAt.containsValue(column)) {
                columnAt.put(i, column);
            } else if (column != null) {
                structureProblems.add(FieldProblem.inRow(1, column, "Column " + header.get(i) + " appears more than once"));
            }
        }
        for (String required : Columns.required(kind)) {
            if (!columnAt.containsValue(required)) {
                structureProblems.add(FieldProblem.inRow(1, required, "Column " + required + " is missing"));
            }
        }
    }

    @Override
    public List<FieldProblem> structureProblems() {
        return structureProblems;
    }

    @Override
    public @Nullable RawRow next() {
        if (!structureProblems.isEmpty() || !records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        row++;
        Map<String, String> values = new HashMap<>(16);
        columnAt.forEach((index, column) -> values.put(column, index < record.size() ? record.get(index) : ""));
        return new RawRow(row, values);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
