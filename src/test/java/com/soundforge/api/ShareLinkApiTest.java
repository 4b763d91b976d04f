package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.dj.DjService;
import com.soundforge.dj.DjSession;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/share-links/{token}}: the session a live link opens, for a client with nothing but the link. */
@SfaWebTest
class ShareLinkApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DjService dj;

    @Autowired
    UserService users;

    UserAccount djUser;
    DjSession session;
    String token;

    @BeforeEach
    void aSharedSession() {
        djUser = TestUsers.create(users);
        session = dj.openLatest(djUser.id());
        token = dj.createShareLink(djUser.id(), session.id());
    }

    private HttpResponse<String> resolve(String anyToken) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/share-links/"
                                + URLEncoder.encode(anyToken, StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLiveLinkResolvesWithoutCredentialsToItsSessionAndTopic() throws Exception {
        HttpResponse<String> answer = resolve(token);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.JSON.readTree(answer.body());
        assertThat(body.get("session_id").asString()).isEqualTo(session.id().toString());
        assertThat(body.get("name").asString()).isEqualTo(session.name());
        assertThat(body.get("topic").asString()).isEqualTo("dj:session:" + session.id());
        assertThat(body.properties()).hasSize(3);
    }

    @Test
    void aRevokedLinkResolvesToNothingAtOnce() throws Exception {
        assertThat(resolve(token).statusCode()).isEqualTo(200);
        dj.revokeShareLink(
                djUser.id(),
                session.id(),
                dj.shareLinks(djUser.id(), session.id()).getFirst().id());

        HttpResponse<String> answer = resolve(token);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(ApiClient.JSON.readTree(answer.body()).at("/error/code").asString())
                .isEqualTo("not_found");
        assertThat(answer.body()).doesNotContain(session.id().toString());
    }

    @Test
    void unknownAndMalformedTokensAreRefusedAsJsonNeverAsAServerError() throws Exception {
        for (String bad : new String[] {"nope", token + "x", "x".repeat(500), "%00", "../../api/v1/me", " "}) {
            HttpResponse<String> answer = resolve(bad);
            assertThat(answer.statusCode()).as(bad).isIn(400, 404);
            assertThat(answer.body()).as(bad).startsWith("{");
        }
    }
}
