package org.uplift.assessment.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;

/**
 * The maths-element estimates progress is measured against: an uploaded official table for the year when there is
 * one, otherwise the mean of all the platform's pupils of that year in each PAG.
 */
@Service
public class Estimates {

    private final MongoTemplate mongo;
    private final Clock clock;

    Estimates(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The table for {@code academicYear}: official if uploaded, else the means of {@code platformSums}. */
    public EstimateTable forYear(String academicYear, PagSums platformSums) {
        return official(academicYear).orElseGet(() ->
                new EstimateTable(academicYear, EstimateTable.Source.PLATFORM, platformSums.means()));
    }

    public Optional<EstimateTable> official(String academicYear) {
        OfficialEstimates table = mongo.findById(academicYear, OfficialEstimates.class);
        if (table == null) {
            return Optional.empty();
        }
        Map<Integer, Double> byPag = new HashMap<>();
        table.byPag().forEach((pag, value) -> byPag.put(Integer.valueOf(pag), value));
        return Optional.of(new EstimateTable(academicYear, EstimateTable.Source.OFFICIAL, byPag));
    }

    /**
     * Replaces the official table of one year from a CSV with columns {@code pag,maths_estimate} (PAG 1–16, estimate
     * 0–18). Checked completely first: a bad file changes nothing.
     */
    EstimateTable upload(String academicYear, InputStream csv, String uploadedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!academicYear.matches("20\\d\\d/\\d\\d")) {
            problems.add(FieldProblem.of("academicYear", "Enter the academic year like 2025/26"));
        }
        Map<String, Double> byPag = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreHeaderCase(true).get().parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            if (!parser.getHeaderMap().containsKey("pag") || !parser.getHeaderMap().containsKey("maths_estimate")) {
                throw new InvalidInputException("The estimates file needs columns pag and maths_estimate",
                        List.of(FieldProblem.inRow(1, "file", "Columns pag and maths_estimate are required")));
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                String pag = record.get("pag");
                if (!pag.matches("\\d{1,2}") || Integer.parseInt(pag) < 1 || Integer.parseInt(pag) > Measures.PAG_COUNT) {
                    problems.add(FieldProblem.inRow(row, "pag", "PAG must be 1 to " + Measures.PAG_COUNT));
                } else if (byPag.containsKey(String.valueOf(Integer.parseInt(pag)))) {
                    problems.add(FieldProblem.inRow(row, "pag", "PAG " + pag + " appears more than once"));
                }
                Double estimate = null;
                try {
                    estimate = Double.valueOf(record.get("maths_estimate"));
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (estimate == null || estimate < 0 || estimate > 18) {
                    problems.add(FieldProblem.inRow(row, "maths_estimate", "Estimate must be a number from 0 to 18 (grade × 2)"));
                } else if (pag.matches("\\d{1,2}")) {
                    byPag.put(String.valueOf(Integer.parseInt(pag)), estimate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The estimates file has problems; nothing was changed", problems);
        }
        mongo.save(new OfficialEstimates(academicYear, byPag, uploadedBy, clock.instant()));
        return official(academicYear).orElseThrow();
    }
}
