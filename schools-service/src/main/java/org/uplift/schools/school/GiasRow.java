package org.uplift.schools.school;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;

/** One row of a GIAS-style extract, checked column by column; problems name the row and the GIAS column header. */
record GiasRow(int row, String urn, LocalAuthority la, String establishmentNumber, String name, String phase,
        String type, SchoolStatus status, @Nullable String trust, @Nullable String postcode, @Nullable LocalDate closedOn) {

    static final String URN = "URN";
    static final String LA = "LA (code)";
    static final String ESTAB = "EstablishmentNumber";
    static final String NAME = "EstablishmentName";
    static final String PHASE = "PhaseOfEducation (name)";
    static final String TYPE = "TypeOfEstablishment (name)";
    static final String STATUS = "EstablishmentStatus (name)";
    static final String TRUST = "Trusts (name)";
    static final String POSTCODE = "Postcode";
    static final String CLOSE_DATE = "CloseDate";
    static final List<String> REQUIRED = List.of(URN, LA, ESTAB, NAME, PHASE, TYPE, STATUS);

    private static final java.util.regex.Pattern POSTCODE_FORMAT =
            java.util.regex.Pattern.compile("[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-yyyy"), DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    /** The row, or empty after reporting each of its problems. */
    static Optional<GiasRow> parse(CSVRecord record, int row, LocalAuthorities authorities, Consumer<FieldProblem> problems) {
        Counter counter = new Counter(problems);
        String urn = value(record, URN);
        if (!urn.matches("\\d{6}")) {
            counter.add(row, URN, urn.isEmpty() ? "Enter the URN" : "URN must be 6 digits, not '" + urn + "'");
        }
        String laCode = value(record, LA);
        LocalAuthority la = laCode.matches("\\d{3}") ? authorities.find(laCode).orElse(null) : null;
        if (la == null) {
            counter.add(row, LA, laCode.isEmpty() ? "Enter the LA code" : "There is no English local authority with code '" + laCode + "'");
        }
        String estab = value(record, ESTAB);
        if (!estab.matches("\\d{1,4}")) {
            counter.add(row, ESTAB, estab.isEmpty() ? "Enter the establishment number" : "Establishment number must be up to 4 digits, not '" + estab + "'");
        }
        String name = value(record, NAME);
        if (name.isEmpty() || name.length() > 120) {
            counter.add(row, NAME, name.isEmpty() ? "Enter the school name" : "School name must be 120 characters or fewer");
        }
        String phase = value(record, PHASE);
        if (!SchoolForm.PHASES.contains(phase)) {
            counter.add(row, PHASE, "Phase must be one of " + String.join(", ", SchoolForm.PHASES) + ", not '" + phase + "'");
        }
        String type = value(record, TYPE);
        if (type.isEmpty() || type.length() > 80) {
            counter.add(row, TYPE, type.isEmpty() ? "Enter the type of establishment" : "Type must be 80 characters or fewer");
        }
        SchoolStatus status = status(value(record, STATUS));
        if (status == null) {
            counter.add(row, STATUS, "Status must be Open, Closed, Proposed to open or Open, but proposed to close, not '"
                    + value(record, STATUS) + "'");
        }
        String postcode = value(record, POSTCODE);
        if (!postcode.isEmpty() && !POSTCODE_FORMAT.matcher(postcode).matches()) {
            counter.add(row, POSTCODE, "Postcode '" + postcode + "' is not a real postcode, like LE1 7RH");
        }
        String closeDate = value(record, CLOSE_DATE);
        LocalDate closedOn = closeDate.isEmpty() ? null : date(closeDate);
        if (!closeDate.isEmpty() && closedOn == null) {
            counter.add(row, CLOSE_DATE, "Close date '" + closeDate + "' must be a date like 31-08-2026");
        }
        if (counter.problems > 0) {
            return Optional.empty();
        }
        String trust = value(record, TRUST);
        return Optional.of(new GiasRow(row, urn, la, String.format("%04d", Integer.parseInt(estab)), name, phase, type,
                status, trust.isEmpty() ? null : trust, SchoolService.normalisePostcode(postcode),
                status == SchoolStatus.CLOSED ? closedOn : null));
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static @Nullable SchoolStatus status(String gias) {
        return switch (gias.toLowerCase(Locale.UK)) {
            case "open", "open, but proposed to close", "proposed to open" -> SchoolStatus.OPEN;
            case "closed" -> SchoolStatus.CLOSED;
            default -> null;
        };
    }

    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static final class Counter {
        private final Consumer<FieldProblem> sink;
        private int problems;

        Counter(Consumer<FieldProblem> sink) {
            this.sink = sink;
        }

        void add(int row, String column, String message) {
            problems++;
            sink.accept(FieldProblem.inRow(row, column, message));
        }
    }
}
