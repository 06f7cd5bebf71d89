package org.uplift.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Who the caller is and which tenants they may see, read from the flat claims of the access token
 * ({@code roles}, {@code la_codes}, {@code region}, {@code hub}, {@code urn}). Services decide access with this,
 * never with the gateway's word.
 */
public record TenantScope(String subject, String username, String displayName, Set<Role> roles,
        Set<String> laCodes, @Nullable String region, @Nullable String hub, @Nullable String urn) {

    public static TenantScope fromClaims(Map<String, Object> claims) {
        String username = string(claims, "preferred_username");
        String name = string(claims, "name");
        return new TenantScope(
                String.valueOf(claims.getOrDefault("sub", "")),
                username == null ? "" : username,
                name == null ? (username == null ? "" : username) : name,
                Role.fromClaims(strings(claims.get("roles"))),
                new TreeSet<>(strings(claims.get("la_codes"))),
                string(claims, "region"),
                string(claims, "hub"),
                string(claims, "urn"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** Whether data belonging to this LA is within the caller's tenancy (admins see every LA). */
    public boolean coversLa(@Nullable String laCode) {
        return isPlatformAdmin() || (laCode != null && laCodes.contains(laCode));
    }

    /** Whether data of this region is within the caller's tenancy (admins see every region). */
    public boolean coversRegion(@Nullable String regionCode) {
        return isPlatformAdmin() || (regionCode != null && regionCode.equals(region));
    }

    public boolean isSchool(@Nullable String schoolUrn) {
        return schoolUrn != null && schoolUrn.equals(urn);
    }

    private static @Nullable String string(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value instanceof Collection<?> many) {
            value = many.isEmpty() ? null : many.iterator().next();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static List<String> strings(@Nullable Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
