package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Whatever a client sends, the answer is a 4xx in the API's JSON error shape: never a 500, never HTML. */
@SfaWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClientTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    String key;

    @BeforeAll
    void caller() {
        key = keys.create(TestUsers.create(users).id(), "hostile").rawKey();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            GET  | /api/v1/tracks?search=a%00b                     | ``
            GET  | /api/v1/tracks?sort=%00                         | ``
            GET  | /api/v1/tracks?compatible_with=%00              | ``
            GET  | /api/v1/tracks?order=%1b                        | ``
            GET  | /api/v1/tracks?bpm_min=NaN                      | ``
            GET  | /api/v1/tracks?bpm_max=1e400                    | ``
            GET  | /api/v1/tracks?bpm_min=-1e400                   | ``
            GET  | /api/v1/tracks?offset=-1                        | ``
            GET  | /api/v1/tracks/%20                              | ``
            GET  | /api/v1/jobs/not-a-job                          | ``
            POST | /api/v1/imports                                 | `{"url": 12}`
            POST | /api/v1/imports                                 | `{"url": null}`
            POST | /api/v1/imports                                 | `{"url": "\\u0000"}`
            POST | /api/v1/imports                                 | `{"url": "http://\\u202Eexample.com/a.wav"}`
            POST | /api/v1/imports                                 | `"just a string"`
            POST | /api/v1/imports                                 | `{"url": "http://example.com/a.wav", "url": 1}`
            POST | /api/v1/imports                                 | `{"url": "http://[::1/a.wav"}`
            POST | /api/v1/imports                                 | `{"url": "http://exa mple.com/a.wav"}`
            POST | /api/v1/tracks/00000000-0000-0000-0000-000000000000/pipeline | ``
            DELETE | /api/v1/api-keys/not-a-key                    | ``
            """)
    void isRefusedWithAJsonClientError(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key);
        if (body == null || body.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }

        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = ApiClient.JSON.readTree(answer.body()).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(answer.statusCode());
        assertThat(error.get("message").asString()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void aMalformedPercentEscapeInTheQueryIsABadRequest() throws Exception {
        RawHttp.Reply answer = RawHttp.send(
                port,
                "GET /api/v1/tracks?search=%ZZ HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: Bearer " + key
                        + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(ApiClient.JSON
                        .readTree(answer.body())
                        .get("error")
                        .get("code")
                        .asString())
                .isEqualTo("bad_request");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"search", "compatible_with"})
    void aVeryLongParameterIsRefusedOrAnsweredButNeverBreaksTheServer(String parameter) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/tracks?" + parameter + "="
                                + "\u00e9".repeat(1000).replace("\u00e9", "%C3%A9")
                                + "&x=" + UUID.randomUUID()))
                        .header("Authorization", "Bearer " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 422);
    }
}
