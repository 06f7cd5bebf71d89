package org.uplift.schools.improvement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.uplift.contracts.Topics;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.schools.Api;
import org.uplift.schools.Events;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly work of an LA officer: review a school, turn the review into a plan, RAG it, watch the school. */
@ServiceIntegrationTest
class ImprovementJourneyIT {

    static final TestTokens OFFICER = TestTokens.leicesterOfficer();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aReviewBecomesAPlanWhoseRedRatingAndOverdueActionPutTheSchoolOnTheWatchlist() {
        register("990801");
        HttpResponse<String> review = api.post("/api/schools/990801/reviews", OFFICER, review("Weak", "Developing"));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        String reviewId = Api.json(review).path("id").asString();
        JsonNode completed = Events.await(broker, Topics.REVIEW, reviewId, "review.completed");
        assertThat(completed.at("/payload/urn").asString()).isEqualTo("990801");
        assertThat(completed.at("/payload/laCode").asString()).isEqualTo("856");
        assertThat(completed.at("/payload/judgements/0/judgement").asString()).isEqualTo("Weak");

        HttpResponse<String> created = api.post("/api/schools/990801/action-plans", OFFICER,
                Map.of("title", "Maths plan", "reviewId", reviewId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode plan = Api.json(created);
        assertThat(plan.path("objectives").findValuesAsString("area")).containsExactly("leadership", "curriculum");
        String planId = plan.path("id").asString();
        String objectiveId = plan.path("objectives").get(0).path("id").asString();

        HttpResponse<String> withAction = api.postWithIfMatch("/api/action-plans/" + planId + "/actions", OFFICER,
                Api.etag(created), Map.of("objectiveId", objectiveId, "description", "Appoint a maths lead",
                        "owner", "Head teacher", "dueDate", LocalDate.now().minusDays(3).toString(),
                        "successCriteria", "Lead in post"));
        assertThat(withAction.statusCode()).as(withAction.body()).isEqualTo(200);
        assertThat(Api.json(withAction).path("overdueActions").asInt()).isEqualTo(1);

        HttpResponse<String> rag = api.postWithIfMatch("/api/action-plans/" + planId + "/rag-reviews", OFFICER,
                Api.etag(withAction), ragReview(objectiveId, "RED"));
        assertThat(rag.statusCode()).as(rag.body()).isEqualTo(201);
        HttpResponse<String> amber = api.postWithIfMatch("/api/action-plans/" + planId + "/rag-reviews", OFFICER,
                Api.etag(rag), ragReview(objectiveId, "AMBER"));
        HttpResponse<String> red = api.postWithIfMatch("/api/action-plans/" + planId + "/rag-reviews", OFFICER,
                Api.etag(amber), ragReview(objectiveId, "RED"));
        assertThat(red.statusCode()).isEqualTo(201);

        JsonNode history = Api.json(api.get("/api/action-plans/" + planId + "/rag-reviews", OFFICER));
        assertThat(history.findValuesAsString("rag")).containsExactly("RED", "AMBER", "RED");
        assertThat(history.get(2).path("previousRag").asString()).isEqualTo("AMBER");
        JsonNode changed = Events.await(broker, Topics.ACTION_PLAN, planId, "action-plan.rag-changed");
        assertThat(changed.at("/payload/area").asString()).isEqualTo("leadership");
        assertThat(changed.at("/payload/term").asString()).matches("\\d{4}-\\d{2} (autumn|spring|summer)");

        JsonNode watchlist = Api.json(api.get("/api/local-authorities/856/watchlist", OFFICER));
        JsonNode entry = watchlist.path("schools").valueStream().filter(e -> e.path("urn").asString().equals("990801"))
                .findFirst().orElseThrow();
        assertThat(entry.path("redObjectives").asInt()).isEqualTo(1);
        assertThat(entry.path("overdueActions").asInt()).isEqualTo(1);
        assertThat(entry.path("notReviewedThisTerm").asBoolean()).isFalse();
    }

    @Test
    void aSchoolWithNoReviewThisTermIsOnTheWatchlistAndAnotherLasWatchlistIs404() {
        register("990802");

        JsonNode watchlist = Api.json(api.get("/api/local-authorities/856/watchlist", OFFICER));

        assertThat(watchlist.path("schools").valueStream().filter(e -> e.path("urn").asString().equals("990802"))
                .findFirst().orElseThrow().path("reasons").toString()).contains("No review this term");
        assertThat(api.get("/api/local-authorities/856/watchlist", TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
    }

    @Test
    void aStaleRagReviewGets412AndTheHistoryKeepsWhatWasRecorded() {
        register("990803");
        String reviewId = Api.json(api.post("/api/schools/990803/reviews", OFFICER, review("Weak", "Secure"))).path("id").asString();
        HttpResponse<String> created = api.post("/api/schools/990803/action-plans", OFFICER, Map.of("title", "Plan", "reviewId", reviewId));
        String planId = Api.json(created).path("id").asString();
        String objectiveId = Api.json(created).path("objectives").get(0).path("id").asString();
        api.postWithIfMatch("/api/action-plans/" + planId + "/rag-reviews", OFFICER, Api.etag(created), ragReview(objectiveId, "GREEN"));

        HttpResponse<String> stale = api.postWithIfMatch("/api/action-plans/" + planId + "/rag-reviews", OFFICER,
                Api.etag(created), ragReview(objectiveId, "RED"));
        HttpResponse<String> missing = api.postWithIfMatch("/api/action-plans/" + planId + "/rag-reviews", OFFICER,
                null, ragReview(objectiveId, "RED"));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(Api.json(api.get("/api/action-plans/" + planId + "/rag-reviews", OFFICER)).findValuesAsString("rag"))
                .containsExactly("GREEN");
    }

    @Test
    void invalidRagReviewsAndReviewsGetFieldErrors() {
        register("990804");
        HttpResponse<String> review = api.post("/api/schools/990804/reviews", OFFICER, Map.of("reviewDate", "not a date"));

        assertThat(review.statusCode()).isEqualTo(400);
        assertThat(Api.json(review).path("errors").findValuesAsString("field")).contains("reviewers", "leadership", "strengths");
    }

    @Test
    void theOfficersPageJourneyWorksWithPlainForms() {
        register("990805");
        Map<String, String> reviewForm = new HashMap<>(Map.of("reviewDate", LocalDate.now().toString(),
                "reviewers", "A. Reviewer, B. Reviewer", "leadership", "Weak", "curriculum", "Secure", "teaching", "Secure",
                "assessment", "Secure", "intervention", "Secure", "cpd", "Secure", "governance", "Secure"));
        reviewForm.put("strengths", "Strong subject knowledge");
        reviewForm.put("areasToImprove", "Leadership of maths");

        HttpResponse<String> badReview = api.form("/schools/990805/reviews", OFFICER, Map.of("reviewers", "Kept Reviewer"));
        assertThat(badReview.body()).contains("govuk-error-summary", "value=\"Kept Reviewer\"");

        HttpResponse<String> saved = api.form("/schools/990805/reviews", OFFICER, reviewForm);
        assertThat(saved.statusCode()).isEqualTo(302);
        String reviewPath = path(saved);
        String reviewPage = api.get(reviewPath, OFFICER).body();
        assertThat(reviewPage).contains("id=\"create-action-plan\"");
        String reviewId = reviewPath.substring(reviewPath.lastIndexOf('/') + 1);

        assertThat(api.get("/schools/990805/action-plans/new?review=" + reviewId, OFFICER).body()).contains("id=\"create-plan\"");
        HttpResponse<String> plan = api.form("/schools/990805/action-plans", OFFICER, Map.of("title", "Maths plan", "reviewId", reviewId));
        assertThat(plan.statusCode()).isEqualTo(302);
        String planPath = path(plan);
        assertThat(api.get(planPath, OFFICER).body()).contains("id=\"record-rag-leadership\"");
        String planId = planPath.substring(planPath.lastIndexOf('/') + 1);
        JsonNode planJson = Api.json(api.get("/api/action-plans/" + planId, OFFICER));
        String objectiveId = planJson.path("objectives").get(0).path("id").asString();

        String ragForm = api.get(planPath + "/rag-reviews/new?objective=" + objectiveId, OFFICER).body();
        assertThat(ragForm).contains("<legend", "id=\"save-rag-review\"");
        HttpResponse<String> rag = api.form(planPath + "/rag-reviews", OFFICER, Map.of("objectiveId", objectiveId,
                "rag", "RED", "rationale", "No maths lead yet", "evidence", "Staff list", "reviewedOn", LocalDate.now().toString(),
                "nextReviewDate", LocalDate.now().plusWeeks(6).toString(), "version", planJson.path("version").asString()));
        assertThat(rag.statusCode()).isEqualTo(302);
        assertThat(api.get(planPath, OFFICER).body()).contains("id=\"rag-history-leadership\"", "No maths lead yet");

        HttpResponse<String> stale = api.form(planPath + "/rag-reviews", OFFICER, Map.of("objectiveId", objectiveId,
                "rag", "GREEN", "rationale", "Typed rationale", "evidence", "e", "version", planJson.path("version").asString()));
        assertThat(stale.body()).contains("Someone else changed this record", "Typed rationale");

        String watchlist = api.get("/schools/watchlist", OFFICER).body();
        assertThat(watchlist).contains("id=\"watch-990805\"", "1 red objective");
    }

    private String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private void register(String urn) {
        HttpResponse<String> created = api.post("/api/schools", OFFICER, Map.of("urn", urn, "laCode", "856",
                "establishmentNumber", "4801", "name", "Synthetic Improvement Academy " + urn, "phase", "Secondary",
                "type", "Academy converter"));
        assertThat(created.statusCode()).isEqualTo(201);
    }

    static Map<String, String> review(String leadership, String curriculum) {
        Map<String, String> body = new HashMap<>(Map.of("reviewDate", LocalDate.now().toString(),
                "reviewers", "A. Reviewer, B. Reviewer", "leadership", leadership, "curriculum", curriculum,
                "teaching", "Secure", "assessment", "Strong", "intervention", "Secure", "cpd", "Secure", "governance", "Secure"));
        body.put("strengths", "Strong subject knowledge");
        body.put("areasToImprove", "Leadership and curriculum sequencing");
        return body;
    }

    static Map<String, String> ragReview(String objectiveId, String rag) {
        return Map.of("objectiveId", objectiveId, "rag", rag, "rationale", "Because", "evidence", "Lesson visits",
                "nextReviewDate", LocalDate.now().plusWeeks(8).toString());
    }
}
