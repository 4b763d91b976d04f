package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A hostile or sloppy client: wrong types, huge bodies, odd paths and media types get JSON errors, never a 500. */
@SfaWebTest
class MalformedRequestApiTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    UserAccount user;
    String key;
    ApiClient api;

    @BeforeEach
    void client() {
        user = TestUsers.create(users);
        key = keys.create(user.id(), "test").rawKey();
        api = new ApiClient(port, key);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestNamingTheParameter() throws Exception {
        assertBadParameter(api.get("/api/v1/tracks?limit=abc"), "limit");
        assertBadParameter(api.get("/api/v1/tracks?offset=2147483648"), "offset");
        assertBadParameter(api.get("/api/v1/tracks?bpm_min=fast"), "bpm_min");
    }

    @Test
    void aFiftyMegabyteJsonBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String head = "POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + 50L * 1024 * 1024 + "\r\n\r\n";

        // only 64 KB of the announced 50 MB ever come: an answer proves the server did not wait for the rest
        RawHttp.Reply refused = RawHttp.sendUnfinished(port, head, 64 * 1024, false);

        assertJsonError(refused.status(), refused.body(), 413, "too_large");
    }

    @Test
    void aChunkedJsonBodyIsCutOffOnceItPassesTheLimit() throws Exception {
        String head = "POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

        RawHttp.Reply refused = RawHttp.sendUnfinished(port, head, 3L * 1024 * 1024, true);

        assertJsonError(refused.status(), refused.body(), 413, "too_large");
    }

    @Test
    void aClientThatAcceptsOnlyXmlGets406AsJsonNotALoginPage() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .header("Authorization", "Bearer " + key)
                        .header("Accept", "application/xml")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertJsonError(answer.statusCode(), answer.body(), 406, "not_acceptable");
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aSemicolonInAnApiPathIsABadRequestAsJsonNotARedirect() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tracks;jsessionid=abc"))
                        .header("Authorization", "Bearer " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertJsonError(answer.statusCode(), answer.body(), 400, "bad_request");
    }

    @Test
    void jsonOfTheWrongShapeIsABadRequest() throws Exception {
        assertThat(api.postJson("/api/v1/imports", "{\"url\": {\"nested\": true}}")
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson("/api/v1/imports", "[\"http://example.com/a.wav\"]")
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson("/api/v1/imports", "{\"url\": " + "[".repeat(5000) + "]".repeat(5000) + "}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aBodyInAnUnknownCharsetIsRefusedClearly() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json; charset=no-such-charset")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://example.com/a.wav\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isIn(400, 415);
        assertThat(ApiClient.JSON
                        .readTree(answer.body())
                        .get("error")
                        .get("status")
                        .asInt())
                .isEqualTo(answer.statusCode());
    }

    @Test
    void anUploadWithTooManyPartsIsRefusedAsSuchNotAsATooLargeFile() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            body.append("--sfa\r\nContent-Disposition: form-data; name=\"field")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        body.append("--sfa--\r\n");
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tracks"))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "multipart/form-data; boundary=sfa")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertJsonError(answer.statusCode(), answer.body(), 422, "invalid");
    }

    private static void assertBadParameter(Answer answer, String parameter) {
        assertJsonError(answer.status(), answer.json(), 400, "bad_request");
        assertThat(answer.json().get("error").get("message").asString()).contains(parameter);
    }

    private static void assertJsonError(int status, String body, int expectedStatus, String code) {
        assertJsonError(status, ApiClient.JSON.readTree(body), expectedStatus, code);
    }

    private static void assertJsonError(int status, JsonNode json, int expectedStatus, String code) {
        assertThat(status).isEqualTo(expectedStatus);
        assertThat(json.get("error").get("status").asInt()).isEqualTo(expectedStatus);
        assertThat(json.get("error").get("code").asString()).isEqualTo(code);
        assertThat(json.get("error").get("message").asString()).isNotBlank();
    }
}
