package org.uplift.reporting;

import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ResourceServerContract;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

@ServiceIntegrationTest
class ReportsSecurityIT extends ResourceServerContract {

    @Override
    protected String roleRestrictedPath() {
        return "/api/reports/schools";
    }

    @Override
    protected TestTokens unauthorisedCaller() {
        return TestTokens.user("teacher", Role.TEACHER).urn("990101");
    }
}
