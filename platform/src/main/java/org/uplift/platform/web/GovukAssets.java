package org.uplift.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where GOV.UK Frontend lives inside its WebJar. Its CSS refers to {@code /assets/fonts/..} and
 * {@code /assets/images/..}, so those URLs must map to the WebJar's {@code dist/govuk/assets/} folder; the CSS and
 * JS themselves are served under {@code /govuk/}.
 */
public final class GovukAssets {

    public static final String ASSETS_PATTERN = "/assets/**";
    public static final String FRONTEND_PATTERN = "/govuk/**";

    private static final String VERSION = load();

    private GovukAssets() {
    }

    public static String frontendLocation() {
        return "classpath:/META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";
    }

    public static String assetsLocation() {
        return frontendLocation() + "assets/";
    }

    private static String load() {
        try (InputStream in = GovukAssets.class.getResourceAsStream("/uplift-platform.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("govuk-frontend.version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("uplift-platform.properties missing from platform jar", e));
        }
    }
}
