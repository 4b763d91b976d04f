package com.soundforge.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.CreatedApiKey;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Revoking an API key ends what was opened with it, on both transports, as revoking a share link does. */
@SfaWebTest
@Import(TestTopics.class)
@TestPropertySource(properties = "sfa.channel.long-poll-window=1s")
class ApiKeyRevocationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    Broadcaster broadcaster;

    UserAccount user;
    CreatedApiKey key;
    String name;

    @BeforeEach
    void userWithKey() {
        user = TestUsers.create(users);
        key = keys.create(user.id(), "socket");
        name = "revoke-" + UUID.randomUUID();
    }

    @Test
    void aWebSocketOpenedWithTheKeyIsClosedAtOnceAndCannotComeBack() {
        try (PhoenixTestClient socket = PhoenixTestClient.connect(port, key.rawKey())) {
            assertThat(socket.join("1", TestTopics.PREFIX + name)
                            .at("/4/status")
                            .asString())
                    .isEqualTo("ok");
            broadcaster.publish(TestTopics.RELAY_PREFIX + name, "before", 1);
            assertThat(socket.next().get(3).asString()).isEqualTo("before");

            keys.revoke(user.id(), key.apiKey().id());

            assertThat(socket.awaitClose(Duration.ofSeconds(5))).isEqualTo(1008);
        }
        assertThat(PhoenixTestClient.refusedHandshakeStatus(
                        PhoenixTestClient.uri(port, "token=" + key.rawKey() + "&vsn=2.0.0")))
                .isEqualTo(403);
    }

    @Test
    void aLongPollSessionOpenedWithTheKeyEndsAtOnceAndGetsNothingMore() throws Exception {
        String session = get(null).get("token").asString();
        post(session, "[\"1\",\"1\",\"" + TestTopics.PREFIX + name + "\",\"phx_join\",{}]");
        assertThat(get(session).at("/messages/0").asString()).contains("\"ok\"");

        keys.revoke(user.id(), key.apiKey().id());
        broadcaster.publish(TestTopics.RELAY_PREFIX + name, "after", 2);

        JsonNode next = get(session);
        assertThat(next.get("status").asInt()).as(next.toString()).isEqualTo(410);
        assertThat(next.has("messages")).isFalse();
        assertThat(post(session, "[\"2\",\"2\",\"test:again\",\"phx_join\",{}]")
                        .get("status")
                        .asInt())
                .isEqualTo(410);
        assertThat(get(null).get("status").asInt())
                .as("the key opens no new session")
                .isEqualTo(403);
    }

    @Test
    void revokingAnotherKeyOfTheSameOwnerLeavesThisSocketOpen() throws Exception {
        CreatedApiKey other = keys.create(user.id(), "other");
        try (PhoenixTestClient socket = PhoenixTestClient.connect(port, key.rawKey())) {
            assertThat(socket.join("1", TestTopics.PREFIX + name)
                            .at("/4/status")
                            .asString())
                    .isEqualTo("ok");

            keys.revoke(user.id(), other.apiKey().id());
            broadcaster.publish(TestTopics.RELAY_PREFIX + name, "still", 3);

            assertThat(socket.next().get(3).asString()).isEqualTo("still");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    private JsonNode get(String session) throws Exception {
        String query = "token=" + key.rawKey() + "&vsn=2.0.0" + (session == null ? "" : "&token=" + session);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri(query))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private JsonNode post(String session, String ndjson) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri("token=" + key.rawKey() + "&vsn=2.0.0&token=" + session))
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/socket/longpoll?" + query);
    }
}
