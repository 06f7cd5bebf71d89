package org.uplift.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The realm roles of DESIGN.md; the claim value is the lower-case hyphenated name. */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    LA_OFFICER("la-officer"),
    SCHOOL_LEAD("school-lead"),
    TEACHER("teacher"),
    SLE("sle"),
    HUB_LEAD("hub-lead"),
    BOARD_MEMBER("board-member");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    /** The Spring Security authority, so {@code hasRole('la-officer')} reads like the realm. */
    public String authority() {
        return "ROLE_" + claim;
    }

    static Set<Role> fromClaims(Collection<String> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (claims.contains(role.claim)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
