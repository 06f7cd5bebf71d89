package org.uplift.assessment.upload;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.assessment.AssessmentServiceTest;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The page journey the e2e test follows: upload a file with errors, download the report, fix it, see the summary. */
@AssessmentServiceTest
class UploadPagesIT {

    private static final TestTokens LEAD = TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn("990120").laCodes("856");

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private MongoTemplate mongo;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSchoolLeadFixesARejectedFileThroughThePages() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990120");
        assertThat(page("/assessments").body()).contains("id=\"upload-results\"");
        String form = page("/assessments/uploads/new").body();
        assertThat(form).contains("id=\"upload-form\"", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
                "id=\"fileChoice\"", "name=\"file\"", "id=\"kind\"", "id=\"academicYear\"");

        String good = Pupils.ks2Csv("990120", 5);
        String bad = good.replaceFirst(",WBRI,", ",XXXX,");
        HttpResponse<String> posted = post(bad, "results.csv");
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/assessments/uploads/[0-9a-f-]{36}");
        String statusPath = location.substring(location.indexOf("/assessments"));
        String rejected = waitForFinished(statusPath);
        assertThat(rejected).contains("There is a problem with the file", "id=\"download-errors\"", "Ethnicity must be a DfE code");
        HttpResponse<String> report = page(statusPath + "/errors.csv");
        assertThat(report.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(report.body()).isEqualTo("row,column,problem\r\n2,ethnicity,Ethnicity must be a DfE code like WBRI (or NOBT if not obtained)\r\n");

        HttpResponse<String> fixed = post(good, "results-fixed.csv");
        String fixedPath = fixed.headers().firstValue("Location").orElseThrow();
        String accepted = waitForFinished(fixedPath.substring(fixedPath.indexOf("/assessments")));
        assertThat(accepted).contains("Results uploaded", "id=\"upload-summary\"", "990120");
        assertThat(page("/assessments").body()).contains("results-fixed.csv", "id=\"results-history\"");
    }

    @Test
    void submittingWithoutAFileShowsAnErrorSummaryAndKeepsTheChoices() throws Exception {
        HttpResponse<String> response = postForm(Map.of("kind", "DIAGNOSTIC", "academicYear", "2025/26",
                "assessmentName", "Y4 maths", "yearGroup", "4", "term", "SPRING", "maxMark", "abc"), null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("govuk-error-summary", "Enter the maximum mark", "href=\"#maxMark\"",
                "value=\"Y4 maths\"");
    }

    private String waitForFinished(String path) throws Exception {
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> status = page(path);
            if (status.headers().firstValue("Refresh").isEmpty()) {
                return status.body();
            }
            assertThat(status.body()).contains("<progress");
            Thread.sleep(50);
        }
        throw new AssertionError("upload page never finished");
    }

    private HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(new UploadClient(port).uri(path)).header("Authorization", LEAD.bearer()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String csv, String name) throws Exception {
        return postForm(Map.of("kind", "KS2", "academicYear", "2025/26", "_csrf", "token"), name, csv);
    }

    private HttpResponse<String> postForm(Map<String, String> fields, String fileName, String content) throws Exception {
        String boundary = "----page" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes((content == null ? "" : content).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(new UploadClient(port).uri("/assessments/uploads"))
                .header("Authorization", LEAD.bearer()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
