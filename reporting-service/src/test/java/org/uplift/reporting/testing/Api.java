package org.uplift.reporting.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls against the service under test, as a given caller. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, TestTokens token) throws Exception {
        return get(path, token, "application/json");
    }

    public HttpResponse<String> get(String path, TestTokens token, String accept) throws Exception {
        return get(path, token.bearer(), accept);
    }

    /** With a token signed earlier, as a caller that keeps its access token does. */
    public HttpResponse<String> get(String path, String bearer) throws Exception {
        return get(path, bearer, "application/json");
    }

    private HttpResponse<String> get(String path, String bearer, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, TestTokens token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", token.bearer()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(String path, TestTokens token) throws Exception {
        return JSON.readTree(get(path, token).body());
    }

    /** The displayed cells of one row of one table, or null when the table or row is not there. */
    public static java.util.List<String> row(JsonNode report, String tableId, String rowId) {
        for (JsonNode table : report.path("tables")) {
            if (table.path("id").asString().equals(tableId)) {
                for (JsonNode row : table.path("rows")) {
                    if (row.path("id").asString().equals(rowId)) {
                        return row.path("cells").findValuesAsString("display");
                    }
                }
            }
        }
        return null;
    }
}
