package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.ApiClient;
import com.soundforge.support.HttpSession;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Password guessing over real HTTP, on the form and on HTTP Basic, and API-key guessing, with tight limits (own
 * context, so the failures here never throttle other test classes).
 */
@SfaWebTest
@TestPropertySource(
        properties = {
            "sfa.security.login.free-failures=3",
            "sfa.security.login.first-delay=30s",
            "sfa.security.login.address-max-failures=1000",
            "sfa.security.login.api-key-max-failures=5",
            "sfa.security.login.api-key-window=10m"
        })
class LoginThrottleWebTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void theLoginFormStopsCheckingPasswordsAfterAFewFailuresAndSaysHowLongToWait() throws Exception {
        UserAccount user = TestUsers.create(users);
        HttpSession guesser = HttpSession.anonymous(port);
        String token = guesser.loginPageCsrfToken();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = guesser.postLogin(user.username(), "guess-" + i, token);
            assertThat(location(wrong)).endsWith("/login?error");
        }

        HttpResponse<String> right = guesser.postLogin(user.username(), TestUsers.PASSWORD, token);

        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(location(right)).endsWith("/login?throttled=30");
        assertThat(LoginCsrfTest.signedIn(guesser)).isFalse();
    }

    @Test
    void httpBasicAnswers429WithRetryAfterInTheApisErrorShape() throws Exception {
        UserAccount user = TestUsers.create(users);
        for (int i = 0; i < 4; i++) {
            assertThat(basic(user.username(), "guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> right = basic(user.username().toUpperCase(), TestUsers.PASSWORD);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).contains("30");
        JsonNode error = ApiClient.JSON.readTree(right.body()).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(429);
        assertThat(error.get("code").asString()).isEqualTo("too_many_sign_in_failures");
        assertThat(error.get("message").asString()).contains("wait");
    }

    @Test
    void unknownApiKeysFromOneAddressAreRefusedAfterTheirBudgetWhicheverDoorTheyTry() throws Exception {
        String unknown = "sfa_" + "x".repeat(43);
        ApiClient guesser = new ApiClient(port, unknown);
        URI socket = PhoenixTestClient.uri(port, "token=" + unknown + "&vsn=2.0.0");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.get("/api/v1/tracks").status()).isEqualTo(401);
        }
        assertThat(PhoenixTestClient.refusedHandshakeStatus(socket)).isEqualTo(403);
        assertThat(longPoll(unknown)).isEqualTo("{\"status\":403}");

        ApiClient.Answer refused = guesser.get("/api/v1/tracks");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("too_many_sign_in_failures");
        assertThat(PhoenixTestClient.refusedHandshakeStatus(socket)).isEqualTo(429);
        assertThat(longPoll(unknown)).isEqualTo("{\"status\":429}");
    }

    private String longPoll(String key) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/socket/longpoll?token=" + key + "&vsn=2.0.0"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpResponse<String> basic(String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .header("Authorization", "Basic " + credentials)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
