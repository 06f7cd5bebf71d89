package org.uplift.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dev users as the realm file declares them, so what ./uplift prints can never drift from what Keycloak has. */
final class DemoLogins {

    static final String PASSWORD = "uplift-dev";

    record Login(String username, String role) {
    }

    private static final Pattern USER = Pattern.compile(
            "\"username\"\\s*:\\s*\"([^\"]+)\".*?\"realmRoles\"\\s*:\\s*\\[\\s*\"([^\"]+)\"", Pattern.DOTALL);

    private DemoLogins() {
    }

    static List<Login> fromRealm() {
        try (InputStream in = DemoLogins.class.getResourceAsStream(Keycloak.REALM_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Login> parse(String realmJson) {
        List<Login> logins = new ArrayList<>();
        Matcher matcher = USER.matcher(realmJson);
        while (matcher.find()) {
            logins.add(new Login(matcher.group(1), matcher.group(2)));
        }
        return logins;
    }
}
