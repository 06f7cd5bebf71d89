package org.uplift.platform.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantScopeTest {

    @Test
    void readsFlatClaimsOfTheRealm() {
        TenantScope scope = TenantScope.fromClaims(Map.of("sub", "u1", "preferred_username", "leicester.officer",
                "name", "Leicester Officer", "roles", List.of("la-officer", "offline_access"),
                "la_codes", List.of("856"), "region", "E12000004"));

        assertThat(scope.roles()).containsExactly(Role.LA_OFFICER);
        assertThat(scope.laCodes()).containsExactly("856");
        assertThat(scope.region()).isEqualTo("E12000004");
        assertThat(scope.hub()).isNull();
        assertThat(scope.displayName()).isEqualTo("Leicester Officer");
    }

    @Test
    void acceptsASingleLaCodeGivenAsAPlainString() {
        TenantScope scope = TenantScope.fromClaims(Map.of("la_codes", "890", "roles", List.of("la-officer")));

        assertThat(scope.coversLa("890")).isTrue();
        assertThat(scope.coversLa("856")).isFalse();
    }

    @Test
    void platformAdminCoversEveryTenant() {
        TenantScope admin = TenantScope.fromClaims(Map.of("roles", List.of("platform-admin")));

        assertThat(admin.coversLa("856")).isTrue();
        assertThat(admin.coversRegion("E12000002")).isTrue();
    }

    @Test
    void boardMemberCoversOnlyTheirRegionAndNoLa() {
        TenantScope board = TenantScope.fromClaims(Map.of("roles", List.of("board-member"), "region", "E12000004"));

        assertThat(board.coversRegion("E12000004")).isTrue();
        assertThat(board.coversRegion("E12000002")).isFalse();
        assertThat(board.coversLa("856")).isFalse();
    }
}
