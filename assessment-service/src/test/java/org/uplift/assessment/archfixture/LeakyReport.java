package org.uplift.assessment.archfixture;

import org.uplift.assessment.pupil.Upn;

/** Deliberately breaks the raw-UPN rule, to prove AssessmentArchitectureTest's rule can fail. Never used. */
class LeakyReport {

    Upn upn;
}
