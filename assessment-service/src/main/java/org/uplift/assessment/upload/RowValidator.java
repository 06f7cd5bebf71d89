package org.uplift.assessment.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.uplift.assessment.measure.Measures;
import org.uplift.assessment.pupil.Pseudonymiser;
import org.uplift.assessment.school.KnownSchool;
import org.uplift.assessment.school.KnownSchools;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.assessment.SenProvision;
import org.uplift.platform.problem.FieldProblem;

/**
 * Checks one row completely (every bad column is reported, not just the first) and pseudonymises the pupil. Messages
 * name the row and column and never repeat a UPN.
 */
final class RowValidator {

    /** DfE ethnicity codes (main and extended categories used in the school census). */
    static final Set<String> ETHNICITIES = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final Map<String, Boolean> FLAGS = Map.ofEntries(Map.entry("Y", true), Map.entry("YES", true),
            Map.entry("TRUE", true), Map.entry("T", true), Map.entry("1", true), Map.entry("N", false),
            Map.entry("NO", false), Map.entry("FALSE", false), Map.entry("F", false), Map.entry("0", false));
    private static final Map<String, SenProvision> SEN = Map.of("N", SenProvision.NONE, "NONE", SenProvision.NONE,
            "K", SenProvision.SEN_SUPPORT, "SEN SUPPORT", SenProvision.SEN_SUPPORT, "SENSUPPORT", SenProvision.SEN_SUPPORT,
            "E", SenProvision.EHC_PLAN, "EHC PLAN", SenProvision.EHC_PLAN, "EHCP", SenProvision.EHC_PLAN,
            "EHCPLAN", SenProvision.EHC_PLAN);

    private static final java.util.regex.Pattern YEAR_PREFIX = java.util.regex.Pattern.compile("^(Y|YEAR)\\s*");

    private final Assessment assessment;
    private final Uploader uploader;
    private final Pseudonymiser pseudonymiser;
    private final KnownSchools schools;

    RowValidator(Assessment assessment, Uploader uploader, Pseudonymiser pseudonymiser, KnownSchools schools) {
        this.assessment = assessment;
        this.uploader = uploader;
        this.pseudonymiser = pseudonymiser;
        this.schools = schools;
    }

    /** The valid row, or null with every problem added to {@code problems}. */
    @Nullable ValidRow validate(RawRow raw, List<FieldProblem> problems) {
        int row = raw.row();
        int before = problems.size();
        Pseudonymiser.Result pupil = pseudonymiser.pseudonymise(raw.get(Columns.UPN));
        if (!pupil.valid()) {
            problems.add(FieldProblem.inRow(row, Columns.UPN, pupil.problem()));
        }
        String urn = raw.get(Columns.URN);
        boolean urnShaped = digits(urn, 6, 6);
        KnownSchool school = urnShaped ? schools.find(urn).filter(uploader::mayUploadFor).orElse(null) : null;
        if (school == null) {
            problems.add(FieldProblem.inRow(row, Columns.URN, !urnShaped ? "URN must be the school's 6-digit URN"
                    : "URN " + urn + " is not a school on the platform you can upload results for"));
        }
        Integer year = yearGroup(raw.get(Columns.YEAR_GROUP));
        if (year == null) {
            problems.add(FieldProblem.inRow(row, Columns.YEAR_GROUP, "Year group must be a number from 1 to 13, like 6 or Y6"));
        } else if (year != assessment.yearGroup()) {
            problems.add(FieldProblem.inRow(row, Columns.YEAR_GROUP, assessment.kind() == AssessmentKind.DIAGNOSTIC
                    ? "Year group must be " + assessment.yearGroup() + " for this diagnostic"
                    : assessment.kind() + " results are for year " + assessment.yearGroup() + " pupils"));
        }
        Boolean disadvantaged = flag(raw, Columns.DISADVANTAGED, "Disadvantaged", problems);
        Boolean eal = flag(raw, Columns.EAL, "EAL", problems);
        SenProvision sen = SEN.get(raw.get(Columns.SEN).toUpperCase(Locale.ROOT));
        if (sen == null) {
            problems.add(FieldProblem.inRow(row, Columns.SEN, "SEN provision must be N (none), K (SEN support) or E (EHC plan)"));
        }
        String ethnicity = raw.get(Columns.ETHNICITY).toUpperCase(Locale.ROOT);
        if (!ETHNICITIES.contains(ethnicity)) {
            problems.add(FieldProblem.inRow(row, Columns.ETHNICITY, "Ethnicity must be a DfE code like WBRI (or NOBT if not obtained)"));
        }
        String sex = switch (raw.get(Columns.SEX).toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE", "G", "GIRL" -> "F";
            case "M", "MALE", "B", "BOY" -> "M";
            default -> null;
        };
        if (sex == null) {
            problems.add(FieldProblem.inRow(row, Columns.SEX, "Sex must be F or M"));
        }
        Integer reading = null;
        Integer maths = null;
        Integer ks4Maths = null;
        Integer ks4English = null;
        Integer mark = null;
        switch (assessment.kind()) {
            case KS2 -> {
                reading = scaledScore(raw, Columns.KS2_READING, true, problems);
                maths = scaledScore(raw, Columns.KS2_MATHS, true, problems);
            }
            case KS4 -> {
                ks4Maths = grade(raw, Columns.KS4_MATHS, problems);
                ks4English = grade(raw, Columns.KS4_ENGLISH, problems);
                reading = scaledScore(raw, Columns.KS2_READING, false, problems);
                maths = scaledScore(raw, Columns.KS2_MATHS, false, problems);
            }
            case DIAGNOSTIC -> mark = mark(raw, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new ValidRow(row, pupil.pupil(), school.urn(), school.laCode(), year, disadvantaged, sen, eal, ethnicity,
                sex, reading, maths, ks4Maths, ks4English, mark);
    }

    private static @Nullable Integer yearGroup(String value) {
        String digits = YEAR_PREFIX.matcher(value.toUpperCase(Locale.ROOT)).replaceFirst("");
        if (!digits(digits, 1, 2)) {
            return null;
        }
        int year = Integer.parseInt(digits);
        return year >= 1 && year <= 13 ? year : null;
    }

    private static @Nullable Boolean flag(RawRow raw, String column, String label, List<FieldProblem> problems) {
        Boolean value = FLAGS.get(raw.get(column).toUpperCase(Locale.ROOT));
        if (value == null) {
            problems.add(FieldProblem.inRow(raw.row(), column, label + " must be Y or N"));
        }
        return value;
    }

    /** KS2 scaled score 80–120; blank means the pupil has no scaled score (absent, working below the test). */
    private static @Nullable Integer scaledScore(RawRow raw, String column, boolean kS2Result, List<FieldProblem> problems) {
        String value = raw.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!digits(value, 2, 3) || Integer.parseInt(value) < Measures.KS2_MIN || Integer.parseInt(value) > Measures.KS2_MAX) {
            problems.add(FieldProblem.inRow(raw.row(), column, (kS2Result ? "" : "Prior attainment: ")
                    + "KS2 scaled score must be a whole number from 80 to 120, or blank if the pupil has none"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static @Nullable Integer grade(RawRow raw, String column, List<FieldProblem> problems) {
        String value = raw.get(column).toUpperCase(Locale.ROOT);
        if (value.equals("U")) {
            return 0;
        }
        if (value.length() != 1 || value.charAt(0) < '1' || value.charAt(0) > '9') {
            problems.add(FieldProblem.inRow(raw.row(), column, "Grade must be 9 to 1 or U"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private @Nullable Integer mark(RawRow raw, List<FieldProblem> problems) {
        String value = raw.get(Columns.MARK);
        if (!digits(value, 1, 4) || Integer.parseInt(value) > assessment.maxMark()) {
            problems.add(FieldProblem.inRow(raw.row(), Columns.MARK, "Mark must be a whole number from 0 to " + assessment.maxMark()));
            return null;
        }
        return Integer.parseInt(value);
    }

    /** Whether {@code value} is {@code min} to {@code max} ASCII digits (no regex: this runs for every cell). */
    private static boolean digits(String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
