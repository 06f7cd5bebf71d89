package org.uplift.assessment.upload;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uplift.platform.problem.FieldProblem;

/** The error report as a spreadsheet: one line per problem, row and column as the uploader's file has them. */
final class ErrorCsv {

    private ErrorCsv() {
    }

    static ResponseEntity<String> response(String uploadId, List<FieldProblem> errors) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("row", "column", "problem").get())) {
            for (FieldProblem error : errors) {
                csv.printRecord(error.row(), error.field(), error.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"upload-" + uploadId + "-errors.csv\"")
                .body(out.toString());
    }
}
