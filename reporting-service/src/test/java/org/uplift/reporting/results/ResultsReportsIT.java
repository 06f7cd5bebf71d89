package org.uplift.reporting.results;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.reporting.testing.Api;
import org.uplift.reporting.testing.Events;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.uplift.reporting.testing.Events.ks2;

/**
 * Results events in, suppressed figures out: the 12-pupil school of FiguresTest through the broker, a corrected
 * upload replacing an earlier one, LA totals, who sees what, CSV and the page.
 */
@ServiceIntegrationTest
// a context of its own (own database and broker), so SchoolDirectoryIT's exact counts per LA stay its own
@TestPropertySource(properties = "uplift.test.context=reports")
class ResultsReportsIT {

    private static final String YEAR = "2024/25";
    private static final TestTokens EM_BOARD = TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004");

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    private Api api;
    private Events events;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        events = new Events(kafka);
        events.school("990701", "856", "E12000004");
        events.school("990702", "856", "E12000004");
        events.school("990703", "890", "E12000002");
        events.ks2Results("990701", "856", YEAR, 1, 1, 1, "a", Events.twelvePupils());
        // 990702 uploads a wrong file, then a corrected one (sequence 2); a late part of the first arrives last
        events.ks2Results("990702", "856", YEAR, 1, 1, 2, "b", List.of(ks2(80, true, false, "WBRI", "F")));
        events.ks2Results("990702", "856", YEAR, 2, 1, 1, "b", List.of(ks2(100, false, false, "WBRI", "M"),
                ks2(101, false, false, "WBRI", "M"), ks2(102, false, false, "WBRI", "M"), ks2(103, false, false, "WBRI", "M"),
                ks2(104, false, false, "WBRI", "M"), ks2(105, false, false, "WBRI", "M")));
        events.ks2Results("990702", "856", YEAR, 1, 2, 2, "b2", List.of(ks2(80, true, false, "WBRI", "F")));
        events.ks2Results("990703", "890", YEAR, 1, 1, 1, "c", Events.twelvePupils());
        events.ks2Results("990701", "856", "2025/26", 1, 1, 1, "d", Events.twelvePupils());
        for (String urn : List.of("990701", "990702")) {
            events.publish(org.uplift.contracts.Topics.PROJECT, "p9", "project.membership-changed", "856", java.time.Instant.now(), """
                    {"projectId":"p9","title":"Leicester KS2 maths","leadLaCode":"856","urn":"%s","laCode":"856",
                     "regionCode":"E12000004","change":"JOINED","effectiveOn":"2024-09-01"}""".formatted(urn));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/reports/attainment?level=school&code=990703&year=2024/25",
                TestTokens.admin()).statusCode() == 200 && Api.row(attainment("school", "990703"), "ks2", "all") != null);
        // LA, region and platform cells are summed in the background: the platform counts all three schools once they are
        await().atMost(Duration.ofSeconds(30)).until(() -> "30".equals(first(attainment("platform", "")))
                && "12".equals(first(api.json("/api/reports/attainment?level=platform&year=2025/26", TestTokens.admin()))));
    }

    private static String first(JsonNode report) {
        List<String> all = Api.row(report, "ks2", "all");
        return all == null ? null : all.getFirst();
    }

    @Test
    void schoolFiguresMatchTheHandComputedDataset() throws Exception {
        JsonNode school = attainment("school", "990701");
        assertThat(Api.row(school, "ks2", "all")).containsExactly("12", "75.0", "25.0", "102.2");
        assertThat(Api.row(school, "ks2", "disadvantaged")).containsExactly("6", "66.7", "16.7", "100.0");
        assertThat(Api.row(school, "ks2", "sen")).containsOnly("c");
        assertThat(Api.row(school, "ks2", "no-sen")).containsOnly("c");
        assertThat(school.path("freshness").isNull()).isFalse();
        JsonNode cell = school.path("tables").get(0).path("rows").get(1).path("cells").get(1);
        assertThat(cell.path("value").asDouble()).isEqualTo(66.7);

        JsonNode gaps = api.json("/api/reports/gaps?level=school&code=990701&year=2024/25", TestTokens.admin());
        assertThat(Api.row(gaps, "gaps-ks2", "disadvantaged")).containsExactly("6", "6", "4.33", "16.7", "3.94");
        assertThat(Api.row(gaps, "gaps-ks2", "sen")).containsOnly("c");
    }

    @Test
    void aCorrectedUploadReplacesTheEarlierOneAndLaFiguresAddUpTheSchools() throws Exception {
        assertThat(Api.row(attainment("school", "990702"), "ks2", "all")).as("sequence 2 only: six pupils, 100..105")
                .containsExactly("6", "100.0", "0.0", "102.5");
        // Leicester: 12 + 6 pupils; expected 9 + 6 = 15 of 18 = 83.3; higher 3 of 18 = 16.7; (1226 + 615) / 18 = 102.3
        JsonNode leicester = attainment("la", "856");
        assertThat(Api.row(leicester, "ks2", "all")).containsExactly("18", "83.3", "16.7", "102.3");
        assertThat(Api.row(leicester, "by-school", "990702")).containsExactly("6", "100.0", "x", "x", "x");
        assertThat(Api.row(attainment("region", "E12000004"), "by-la", "856")).containsExactly("18", "83.3", "x", "x", "x");
    }

    @Test
    void anAnswerCachedBeforeAnUploadIsNotServedAfterIt() throws Exception {
        String la = "/api/reports/attainment?level=la&code=856&year=2023/24";
        String platform = "/api/reports/attainment?level=platform&year=2023/24";
        assertThat(Api.row(api.json(la, TestTokens.admin()), "ks2", "all")).as("no results for 2023/24 yet").isNull();
        assertThat(Api.row(api.json(platform, TestTokens.admin()), "ks2", "all")).isNull();
        events.school("990704", "856", "E12000004");
        events.ks2Results("990704", "856", "2023/24", 1, 1, 1, "e", Events.twelvePupils());
        await().atMost(Duration.ofSeconds(30)).until(() -> "12".equals(first(api.json(la, TestTokens.admin())))
                && "12".equals(first(api.json(platform, TestTokens.admin()))));
        assertThat(Api.row(api.json(la, TestTokens.admin()), "ks2", "disadvantaged")).containsExactly("6", "66.7", "16.7", "100.0");
    }

    @Test
    void eachCallerSeesOnlyTheirTenancyAndOthersAnswer404() throws Exception {
        TestTokens schoolLead = TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn("990701");
        assertThat(status("la", "856", TestTokens.leicesterOfficer())).isEqualTo(200);
        assertThat(status("school", "990701", TestTokens.leicesterOfficer())).isEqualTo(200);
        assertThat(status("school", "990703", TestTokens.leicesterOfficer())).isEqualTo(404);
        assertThat(status("la", "856", TestTokens.blackpoolOfficer())).isEqualTo(404);
        assertThat(status("school", "990701", TestTokens.blackpoolOfficer())).isEqualTo(404);
        assertThat(status("region", "E12000004", TestTokens.leicesterOfficer())).isEqualTo(404);
        assertThat(status("region", "E12000004", EM_BOARD)).isEqualTo(200);
        assertThat(status("la", "856", EM_BOARD)).isEqualTo(200);
        assertThat(status("school", "990701", EM_BOARD)).isEqualTo(200);
        assertThat(status("region", "E12000002", EM_BOARD)).isEqualTo(404);
        assertThat(status("la", "890", EM_BOARD)).isEqualTo(404);
        assertThat(status("platform", "", EM_BOARD)).isEqualTo(404);
        assertThat(status("school", "990701", schoolLead)).isEqualTo(200);
        assertThat(status("school", "990702", schoolLead)).isEqualTo(404);
        assertThat(status("la", "856", schoolLead)).isEqualTo(404);
        assertThat(status("platform", "", TestTokens.admin())).isEqualTo(200);
        assertThat(api.get("/api/reports/attainment", TestTokens.user("teacher", Role.TEACHER).urn("990701")).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/reports/gaps?level=la&code=856", TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
        JsonNode home = api.json("/api/reports/attainment", EM_BOARD);
        assertThat(home.path("area").path("code").asString()).as("with no level, the caller's own area").isEqualTo("E12000004");
        assertThat(Api.row(home, "by-la", "890")).as("another region's LA is never listed").isNull();
    }

    @Test
    void csvExportsShowTheSameSuppressedCells() throws Exception {
        var csv = api.get("/api/reports/attainment?level=school&code=990701&year=2024/25&table=ks2", TestTokens.admin(), "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Uplift-Freshness")).isPresent();
        assertThat(csv.body()).contains("Pupils,Pupils,% expected standard,% higher standard,Average scaled score")
                .contains("Disadvantaged,6,66.7,16.7,100.0").contains("SEN (support or EHC plan),c,c,c,c");
        var all = api.get("/api/reports/gaps?level=la&code=856&year=2024/25", TestTokens.admin(), "text/csv");
        assertThat(all.body()).startsWith("table,row,column,value").contains("gaps-ks2,");
        var page = api.get("/reports/gaps.csv?level=school&code=990701&year=2024/25&table=gaps-ks2", TestTokens.admin(), "text/html");
        assertThat(page.body()).contains("Disadvantaged vs not disadvantaged,6,6,4.33,16.7,3.94");
    }

    @Test
    void pagesShowTablesWithStableIdsAndDrillDown() throws Exception {
        var page = api.get("/reports/attainment?level=region&code=E12000004&year=2024/25", EM_BOARD, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"by-la\"").contains("id=\"by-la-856-ks2-expected\"")
                .contains("href=\"/reports/attainment?level=la&amp;code=856&amp;year=2024/25\"")
                .contains("<label class=\"govuk-label\" for=\"year\">").contains("id=\"freshness\"")
                .contains("id=\"chart-trend-ks2\"").contains("role=\"img\"").contains("id=\"trend-ks2\"");
        var school = api.get("/reports/attainment?level=school&code=990701&year=2024/25", EM_BOARD, "text/html");
        assertThat(school.body()).contains("id=\"ks2-sen-pupils\">c<").contains("scope=\"row\"");
        assertThat(api.get("/reports/attainment?level=school&code=990703", EM_BOARD, "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void projectImpactComparesItsSchoolsWithTheirLasAndThePlatform() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/reports/impact?project=p9", TestTokens.admin()).statusCode() == 200);
        JsonNode impact = api.json("/api/reports/impact?project=p9", TestTokens.admin());
        // 2024/25: project = both Leicester schools = 15 of 18 (83.3); 2025/26: 990701 again, 9 of 12 (75.0)
        assertThat(Api.row(impact, "impact-ks2", "project").subList(0, 3)).containsExactly("83.3", "75.0", "-8.3");
        assertThat(Api.row(impact, "impact-ks2", "their-las").subList(0, 3)).containsExactly("83.3", "75.0", "-8.3");
        // platform 2024/25: 15 + 9 (Blackpool) = 24 of 30 = 80.0
        assertThat(Api.row(impact, "impact-ks2", "platform").subList(0, 3)).containsExactly("80.0", "75.0", "-5.0");
        assertThat(api.get("/api/reports/impact?project=p9", EM_BOARD).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/reports/impact?project=p9", TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
        assertThat(api.get("/reports/impact?project=p9", TestTokens.leicesterOfficer(), "text/html").body())
                .contains("id=\"impact-ks2-project-measure-change\"");
    }

    @Test
    void rebuildingByReplayGivesTheSameFigures() throws Exception {
        String before = attainment("la", "856").path("tables").toString();
        String gapsBefore = api.json("/api/reports/gaps?level=platform&year=2024/25", TestTokens.admin()).path("tables").toString();
        assertThat(api.post("/api/reports/rebuild", TestTokens.admin()).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> attainment("la", "856").path("tables").toString().equals(before)
                        && api.json("/api/reports/gaps?level=platform&year=2024/25", TestTokens.admin()).path("tables").toString().equals(gapsBefore));
    }

    private JsonNode attainment(String level, String code) throws Exception {
        return api.json("/api/reports/attainment?level=" + level + "&code=" + code + "&year=2024/25", TestTokens.admin());
    }

    private int status(String level, String code, TestTokens token) throws Exception {
        return api.get("/api/reports/attainment?level=" + level + "&code=" + code, token).statusCode();
    }
}
