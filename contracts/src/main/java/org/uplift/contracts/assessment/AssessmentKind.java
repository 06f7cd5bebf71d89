package org.uplift.contracts.assessment;

/** KS2 tests (scaled scores 80–120), KS4 (GCSE grades 9–1, U = 0), or a termly diagnostic defined by a project or LA. */
public enum AssessmentKind {
    KS2, KS4, DIAGNOSTIC
}
