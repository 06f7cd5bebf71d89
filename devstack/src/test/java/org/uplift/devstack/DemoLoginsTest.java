package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoLoginsTest {

    @Test
    void theRealmHasEveryDevUserFromTheDesignWithTheirRole() {
        assertThat(DemoLogins.fromRealm()).containsExactlyInAnyOrder(
                new DemoLogins.Login("platform.admin", "platform-admin"),
                new DemoLogins.Login("leicester.officer", "la-officer"),
                new DemoLogins.Login("leicestershire.officer", "la-officer"),
                new DemoLogins.Login("blackpool.officer", "la-officer"),
                new DemoLogins.Login("em.board", "board-member"),
                new DemoLogins.Login("nw.board", "board-member"),
                new DemoLogins.Login("hub.lead", "hub-lead"),
                new DemoLogins.Login("school.lead", "school-lead"),
                new DemoLogins.Login("teacher", "teacher"),
                new DemoLogins.Login("sle.one", "sle"));
    }
}
