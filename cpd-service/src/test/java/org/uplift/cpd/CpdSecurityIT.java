package org.uplift.cpd;

import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ResourceServerContract;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

@ServiceIntegrationTest
class CpdSecurityIT extends ResourceServerContract {

    @Override
    protected String roleRestrictedPath() {
        return "/api/cpd/me/bookings";
    }

    @Override
    protected TestTokens unauthorisedCaller() {
        return TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004");
    }
}
