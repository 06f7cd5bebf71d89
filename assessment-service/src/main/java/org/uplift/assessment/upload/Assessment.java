package org.uplift.assessment.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.platform.problem.FieldProblem;

/**
 * Which assessment a file holds: KS2 and KS4 are the summer statutory results of year 6 and year 11; a diagnostic is
 * defined by a project or LA by name, year group, term and maximum mark. With a school's URN it names a dataset,
 * the unit a corrected file replaces.
 */
record Assessment(AssessmentKind kind, String name, String academicYear, String term, int yearGroup,
        @Nullable Integer maxMark) {

    static final List<String> TERMS = List.of("AUTUMN", "SPRING", "SUMMER");

    /** Checks what an uploader chose; every problem is named against its form field. */
    static Assessment of(@Nullable String kind, @Nullable String academicYear, @Nullable String name,
            @Nullable String yearGroup, @Nullable String term, @Nullable String maxMark) {
        List<FieldProblem> problems = new ArrayList<>();
        AssessmentKind parsedKind = null;
        try {
            parsedKind = AssessmentKind.valueOf(blank(kind) ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("kind", "Select KS2, KS4 or a diagnostic assessment"));
        }
        if (blank(academicYear) || !academicYear.strip().matches("20\\d\\d/\\d\\d")
                || (Integer.parseInt(academicYear.strip().substring(2, 4)) + 1) % 100 != Integer.parseInt(academicYear.strip().substring(5))) {
            problems.add(FieldProblem.of("academicYear", "Enter the academic year like 2025/26"));
        }
        if (parsedKind != AssessmentKind.DIAGNOSTIC) {
            if (!problems.isEmpty()) {
                throw new org.uplift.platform.problem.InvalidInputException("The assessment is not described correctly", problems);
            }
            int year = parsedKind == AssessmentKind.KS2 ? 6 : 11;
            return new Assessment(parsedKind, parsedKind.name(), academicYear.strip(), "SUMMER", year, null);
        }
        if (blank(name) || name.strip().length() > 60 || !name.strip().matches("[\\p{L}\\p{N} ()'&.-]+")) {
            problems.add(FieldProblem.of("assessmentName", "Enter the diagnostic's name (letters, digits and spaces, up to 60)"));
        }
        Integer year = integer(yearGroup);
        if (year == null || year < 1 || year > 13) {
            problems.add(FieldProblem.of("yearGroup", "Enter the year group the diagnostic is for, 1 to 13"));
        }
        String parsedTerm = blank(term) ? "" : term.strip().toUpperCase(Locale.ROOT);
        if (!TERMS.contains(parsedTerm)) {
            problems.add(FieldProblem.of("term", "Select the term: autumn, spring or summer"));
        }
        Integer max = integer(maxMark);
        if (max == null || max < 1 || max > 1000) {
            problems.add(FieldProblem.of("maxMark", "Enter the maximum mark, a whole number from 1 to 1000"));
        }
        if (!problems.isEmpty()) {
            throw new org.uplift.platform.problem.InvalidInputException("The assessment is not described correctly", problems);
        }
        return new Assessment(AssessmentKind.DIAGNOSTIC, name.strip().replaceAll("\\s+", " "), academicYear.strip(),
                parsedTerm, year, max);
    }

    String datasetId(String urn) {
        return urn + ":" + kind + ":" + name.replace(':', ' ') + ":" + academicYear + ":" + term;
    }

    String label() {
        return kind == AssessmentKind.DIAGNOSTIC
                ? name + " (year " + yearGroup + ", " + term.toLowerCase(Locale.ROOT) + " " + academicYear + ", out of " + maxMark + ")"
                : kind + " " + academicYear;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
