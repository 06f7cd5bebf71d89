package org.uplift.assessment.upload;

import org.jspecify.annotations.Nullable;
import org.uplift.assessment.pupil.PupilId;
import org.uplift.contracts.assessment.SenProvision;

/** A row that passed every check: the pupil is already pseudonymised. */
record ValidRow(int row, PupilId pupil, String urn, String laCode, int yearGroup, boolean disadvantaged,
        SenProvision sen, boolean eal, String ethnicity, String sex, @Nullable Integer ks2Reading,
        @Nullable Integer ks2Maths, @Nullable Integer ks4Maths, @Nullable Integer ks4English, @Nullable Integer mark) {

    /** A canonical line of the facts, for the order-independent fingerprint of a dataset. */
    String facts() {
        return pupil.value() + "|" + yearGroup + "|" + disadvantaged + "|" + sen + "|" + eal + "|" + ethnicity + "|" + sex
                + "|" + ks2Reading + "|" + ks2Maths + "|" + ks4Maths + "|" + ks4English + "|" + mark;
    }
}
