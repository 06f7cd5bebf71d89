package org.uplift.reporting.figures;

import org.jspecify.annotations.Nullable;

/**
 * The breakdowns every attainment figure is given for. Each group but {@link #ALL} has a complement: the two
 * together are the cohort (sex: of the pupils whose sex is recorded), which is why hiding one hides the other.
 */
public enum Group {
    ALL("all", "All pupils"),
    DISADVANTAGED("disadvantaged", "Disadvantaged"),
    NOT_DISADVANTAGED("not-disadvantaged", "Not disadvantaged"),
    SEN("sen", "SEN (support or EHC plan)"),
    NO_SEN("no-sen", "No SEN"),
    WHITE_BRITISH_DISADVANTAGED("wbd", "White British disadvantaged"),
    NOT_WHITE_BRITISH_DISADVANTAGED("not-wbd", "Not white British disadvantaged"),
    EAL("eal", "English as an additional language"),
    NOT_EAL("not-eal", "English as a first language"),
    FEMALE("female", "Female"),
    MALE("male", "Male");

    private final String id;
    private final String label;

    Group(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public @Nullable Group complement() {
        return switch (this) {
            case ALL -> null;
            case DISADVANTAGED -> NOT_DISADVANTAGED;
            case NOT_DISADVANTAGED -> DISADVANTAGED;
            case SEN -> NO_SEN;
            case NO_SEN -> SEN;
            case WHITE_BRITISH_DISADVANTAGED -> NOT_WHITE_BRITISH_DISADVANTAGED;
            case NOT_WHITE_BRITISH_DISADVANTAGED -> WHITE_BRITISH_DISADVANTAGED;
            case EAL -> NOT_EAL;
            case NOT_EAL -> EAL;
            case FEMALE -> MALE;
            case MALE -> FEMALE;
        };
    }

    /** Whether a pupil with these characteristics belongs to this group. */
    public boolean contains(boolean disadvantaged, boolean sen, boolean eal, @Nullable String ethnicity, @Nullable String sex) {
        boolean wbd = disadvantaged && "WBRI".equals(ethnicity);
        return switch (this) {
            case ALL -> true;
            case DISADVANTAGED -> disadvantaged;
            case NOT_DISADVANTAGED -> !disadvantaged;
            case SEN -> sen;
            case NO_SEN -> !sen;
            case WHITE_BRITISH_DISADVANTAGED -> wbd;
            case NOT_WHITE_BRITISH_DISADVANTAGED -> !wbd;
            case EAL -> eal;
            case NOT_EAL -> !eal;
            case FEMALE -> "F".equals(sex);
            case MALE -> "M".equals(sex);
        };
    }
}
