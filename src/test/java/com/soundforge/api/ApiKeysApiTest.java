package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SfaWebTest
class ApiKeysApiTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    UserAccount user;

    @BeforeEach
    void newUser() {
        user = TestUsers.create(users);
    }

    @Test
    void aKeyCreatedWithThePasswordWorksAsBearerToken() throws Exception {
        HttpResponse<String> created = send(post("/api/v1/api-keys", "{\"name\": \"cli\"}")
                .header("Authorization", basic(user.username(), TestUsers.PASSWORD)));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("name").asString()).isEqualTo("cli");
        assertThat(body.get("key").asString()).startsWith("sfa_");
        assertThat(UUID.fromString(body.get("id").asString()))
                .isEqualTo(keys.list(user.id()).getFirst().id());

        HttpResponse<String> me = send(
                get("/api/v1/me").header("Authorization", bearer(body.get("key").asString())));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode who = JSON.readTree(me.body());
        assertThat(who.get("id").asString()).isEqualTo(user.id().toString());
        assertThat(who.get("username").asString()).isEqualTo(user.username());
        assertThat(who.get("role").asString()).isEqualTo("USER");
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiAlsoAnswersToThePasswordItself() throws Exception {
        HttpResponse<String> me =
                send(get("/api/v1/me").header("Authorization", basic(user.username(), TestUsers.PASSWORD)));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo(user.username());
    }

    @Test
    void aWrongPasswordIsUnauthorizedWithAChallengeAndAJsonError() throws Exception {
        HttpResponse<String> response = send(post("/api/v1/api-keys", "{\"name\": \"cli\"}")
                .header("Authorization", basic(user.username(), "not-the-password")));

        assertUnauthorized(response);
        assertThat(keys.list(user.id())).isEmpty();
    }

    @Test
    void noCredentialsAtAllIsUnauthorized() throws Exception {
        assertUnauthorized(send(get("/api/v1/me")));
        assertUnauthorized(send(post("/api/v1/api-keys", "{\"name\": \"cli\"}")));
    }

    @Test
    void aRevokedKeyIsUnauthorized() throws Exception {
        String key = keys.create(user.id(), "soon revoked").rawKey();
        UUID id = keys.list(user.id()).getFirst().id();
        assertThat(send(get("/api/v1/me").header("Authorization", bearer(key))).statusCode())
                .isEqualTo(200);

        HttpResponse<String> revoked = send(delete("/api/v1/api-keys/" + id).header("Authorization", bearer(key)));

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertUnauthorized(send(get("/api/v1/me").header("Authorization", bearer(key))));
        assertUnauthorized(send(get("/api/v1/me").header("Authorization", bearer("sfa_made-up"))));
    }

    @Test
    void someoneElsesKeyIdIsNotFoundAndStaysActive() throws Exception {
        UserAccount stranger = TestUsers.create(users);
        String theirs = keys.create(stranger.id(), "theirs").rawKey();
        UUID theirId = keys.list(stranger.id()).getFirst().id();

        HttpResponse<String> response = send(delete("/api/v1/api-keys/" + theirId)
                .header("Authorization", basic(user.username(), TestUsers.PASSWORD)));

        assertError(response, 404, "not_found");
        assertThat(keys.authenticate(theirs)).isPresent();
        assertError(
                send(delete("/api/v1/api-keys/not-a-uuid")
                        .header("Authorization", basic(user.username(), TestUsers.PASSWORD))),
                404,
                "not_found");
    }

    @Test
    void aBlankOrMissingNameIsUnprocessable() throws Exception {
        String auth = basic(user.username(), TestUsers.PASSWORD);

        assertError(
                send(post("/api/v1/api-keys", "{\"name\": \"   \"}").header("Authorization", auth)), 422, "invalid");
        assertError(send(post("/api/v1/api-keys", "{}").header("Authorization", auth)), 422, "invalid");
        assertError(send(post("/api/v1/api-keys", "").header("Authorization", auth)), 422, "invalid");
        assertError(send(post("/api/v1/api-keys", "{\"name\": ").header("Authorization", auth)), 400, "bad_request");
        assertThat(keys.list(user.id())).isEmpty();
    }

    @Test
    void anApiKeyCannotMintFurtherKeys() throws Exception {
        String key = keys.create(user.id(), "limited").rawKey();

        HttpResponse<String> response =
                send(post("/api/v1/api-keys", "{\"name\": \"offspring\"}").header("Authorization", bearer(key)));

        assertError(response, 403, "forbidden");
        assertThat(keys.list(user.id())).hasSize(1);
    }

    @Test
    void unknownApiPathsAnswerJsonNotTheUi() throws Exception {
        HttpResponse<String> response =
                send(get("/api/v1/nothing-here").header("Authorization", basic(user.username(), TestUsers.PASSWORD)));
        assertError(response, 404, "not_found");
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertError(response, 401, "unauthorized");
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anyMatch(v -> v.startsWith("Basic realm="))
                .anyMatch(v -> v.startsWith("Bearer realm="));
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder delete(String path) {
        return HttpRequest.newBuilder(uri(path)).DELETE();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String key) {
        return "Bearer " + key;
    }
}
