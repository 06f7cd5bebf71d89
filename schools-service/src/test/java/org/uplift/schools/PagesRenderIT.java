package org.uplift.schools;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the service renders against the demo data, with the structural basics axe-core also checks: one h1,
 * unique ids, a label for every visible form control, a caption for every table, a CSRF token in every POST form (a field, or for uploads the action's query).
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "uplift.demo-data=true")
class PagesRenderIT {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void everyPageRendersWithTheAccessibilityBasics() {
        Api api = new Api(port);
        TestTokens admin = TestTokens.admin();
        TestTokens officer = TestTokens.leicesterOfficer();
        JsonNode plans = Api.json(api.get("/api/schools/990101/action-plans", officer));
        String plan = plans.get(0).path("id").asString();
        String objective = plans.get(0).path("objectives").get(0).path("id").asString();
        String review = Api.json(api.get("/api/schools/990101/reviews", officer)).get(0).path("id").asString();
        String visit = Api.json(api.get("/api/schools/990101/visits", officer)).get(0).path("id").asString();
        String project = Api.json(api.get("/api/projects", officer)).get(0).path("id").asString();

        List<String> pages = List.of("/schools", "/schools?q=Leicester", "/schools/new", "/schools/import",
                "/schools/990101", "/schools/990101/edit", "/schools/990101/close", "/schools/990101/system-leaders",
                "/schools/990101/reviews", "/schools/990101/reviews/new", "/schools/990101/reviews/" + review,
                "/schools/990101/action-plans", "/schools/990101/action-plans/new?review=" + review,
                "/schools/action-plans/" + plan, "/schools/action-plans/" + plan + "/rag-reviews/new?objective=" + objective,
                "/schools/action-plans/" + plan + "/objectives/new", "/schools/action-plans/" + plan + "/actions/new?objective=" + objective,
                "/schools/990101/visits", "/schools/990101/visits/new", "/schools/990101/visits/" + visit,
                "/schools/watchlist", "/schools/projects", "/schools/projects/new", "/schools/projects/" + project,
                "/schools/hubs", "/schools/hubs/EMSMH");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            problems.addAll(check(page, api.get(page, officer)));
        }
        for (String page : List.of("/schools/hubs/new", "/schools/hubs/EMSMH/edit")) {
            problems.addAll(check(page, api.get(page, admin)));
        }
        problems.addAll(check("/schools/990101 as sle", api.get("/schools/990101/visits/" + visit,
                TestTokens.user("sle.two", Role.SLE)), 404));
        assertThat(problems).isEmpty();
        assertThat(api.get("/schools/import", officer).body()).as("the gateway takes a file upload's CSRF token from the query")
                .contains("action=\"/schools/import?_csrf=");
    }

    @Test
    void theChecksCatchABrokenPage() {
        String broken = "<h1>One</h1><h1>Two</h1><p id=\"a\"></p><p id=\"a\"></p><input id=\"b\" type=\"text\">"
                + "<table></table><form method=\"post\"><label for=\"c\">C</label><input id=\"c\"></form>";
        assertThat(check("broken", 200, broken, 200)).hasSize(5);
    }

    private static List<String> check(String page, HttpResponse<String> response) {
        return check(page, response, 200);
    }

    private static List<String> check(String page, HttpResponse<String> response, int status) {
        return check(page, response.statusCode(), response.body(), status);
    }

    private static List<String> check(String page, int actualStatus, String html, int status) {
        List<String> problems = new ArrayList<>();
        if (actualStatus != status) {
            return List.of(page + ": status " + actualStatus);
        }
        if (status != 200) {
            return problems;
        }
        int h1 = html.split("<h1", -1).length - 1;
        if (h1 != 1) {
            problems.add(page + ": " + h1 + " h1 elements");
        }
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            if (!ids.add(id.group(1))) {
                problems.add(page + ": duplicate id " + id.group(1));
            }
        }
        Matcher control = CONTROL.matcher(html);
        while (control.find()) {
            String attributes = control.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher controlId = ID.matcher(" " + attributes);
            if (!controlId.find() || !html.contains("for=\"" + controlId.group(1) + "\"")) {
                problems.add(page + ": form control without a label: " + control.group());
            }
        }
        if (html.split("<table", -1).length != html.split("<caption", -1).length) {
            problems.add(page + ": a table without a caption");
        }
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(1).contains("method=\"post\"") && !form.group(2).contains("name=\"_csrf\"")
                    && !form.group(1).contains("_csrf=")) {
                problems.add(page + ": POST form without _csrf");
            }
        }
        return problems;
    }
}
