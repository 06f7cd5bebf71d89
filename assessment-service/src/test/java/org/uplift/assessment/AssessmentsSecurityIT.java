package org.uplift.assessment;

import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ResourceServerContract;
import org.uplift.platform.testing.TestTokens;

@AssessmentServiceTest
class AssessmentsSecurityIT extends ResourceServerContract {

    @Override
    protected String roleRestrictedPath() {
        return "/api/assessments/uploads";
    }

    @Override
    protected TestTokens unauthorisedCaller() {
        return TestTokens.user("teacher", Role.TEACHER).urn("990101");
    }
}
