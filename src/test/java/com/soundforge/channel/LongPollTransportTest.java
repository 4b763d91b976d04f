package com.soundforge.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The long-poll transport at /socket/longpoll, request by request, as the phoenix 1.8 client makes them. */
@SfaWebTest
@Import(TestTopics.class)
@TestPropertySource(
        properties = {"sfa.channel.idle-timeout=4s", "sfa.channel.send-time-limit=2s", "sfa.channel.long-poll-window=1s"
        })
class LongPollTransportTest {

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

    String key;

    @BeforeEach
    void newUserWithKey() {
        UserAccount user = TestUsers.create(users);
        key = keys.create(user.id(), "longpoll").rawKey();
    }

    @Test
    void aValidKeyOpensASessionAndABadOneIsForbidden() throws Exception {
        JsonNode opened = get(null);
        assertThat(opened.get("status").asInt()).isEqualTo(410);
        assertThat(opened.get("token").asString()).startsWith("lp_");

        key = "sfa_unknown";
        assertThat(get(null).toString()).isEqualTo("{\"status\":403}");
    }

    @Test
    void framesGoInByPostAndTheirRepliesComeOutByPoll() throws Exception {
        String session = get(null).get("token").asString();

        JsonNode posted = post(
                session, "[null,\"1\",\"phoenix\",\"heartbeat\",{}]\n" + "[\"2\",\"2\",\"test:poll\",\"phx_join\",{}]");
        JsonNode polled = get(session);

        assertThat(posted.toString()).isEqualTo("{\"status\":200}");
        assertThat(polled.get("status").asInt()).isEqualTo(200);
        assertThat(polled.get("token").asString()).isEqualTo(session);
        assertThat(polled.get("messages")).hasSize(2);
        assertThat(polled.at("/messages/0").asString())
                .isEqualTo("[null,\"1\",\"phoenix\",\"phx_reply\",{\"status\":\"ok\",\"response\":{}}]");
        assertThat(JSON.readTree(polled.at("/messages/1").asString())
                        .at("/4/status")
                        .asString())
                .isEqualTo("ok");
    }

    @Test
    void aWaitingPollIsAnsweredAsSoonAsAMessageArrivesAndOtherwiseWith204() throws Exception {
        String session = get(null).get("token").asString();
        post(session, "[\"1\",\"1\",\"test:waiting\",\"phx_join\",{}]");
        get(session);

        assertThat(get(session).toString()).isEqualTo("{\"status\":204,\"token\":\"" + session + "\"}");

        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> getUnchecked(session));
        Thread.sleep(200);
        broadcaster.publish(TestTopics.RELAY_PREFIX + "waiting", "news", "fresh");
        JsonNode answered = waiting.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(answered.at("/messages/0").asString())
                .isEqualTo("[null,null,\"test:waiting\",\"news\",{\"value\":\"fresh\"}]");
    }

    @Test
    void aGoneSessionAnswers410SoTheClientReconnects() throws Exception {
        assertThat(get("lp_never-existed").toString()).isEqualTo("{\"status\":410}");
        assertThat(post("lp_never-existed", "[null,\"1\",\"phoenix\",\"heartbeat\",{}]")
                        .toString())
                .isEqualTo("{\"status\":410}");
    }

    @Test
    void aSessionWhoseClientStopsPollingIsClosedWithItsChannels() throws Exception {
        String session = get(null).get("token").asString();
        post(session, "[\"1\",\"1\",\"test:abandoned\",\"phx_join\",{}]");
        assertThat(broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "abandoned"))
                .isEqualTo(1);

        for (int i = 0; i < 150 && broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "abandoned") > 0; i++) {
            Thread.sleep(100);
        }

        assertThat(broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "abandoned"))
                .isZero();
        assertThat(get(session).get("status").asInt()).isEqualTo(410);
    }

    @Test
    void theWebSocketLimitsHoldOnLongPollToo() throws Exception {
        String session = get(null).get("token").asString();
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            tooMany.append("[null,\"").append(i).append("\",\"phoenix\",\"heartbeat\",{}]\n");
        }
        assertThat(post(session, tooMany.toString()).get("status").asInt()).isEqualTo(413);

        post(session, "[\"1\",\"1\",\"test:big\",\"echo\",{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}]");

        assertThat(get(session).get("status").asInt()).isEqualTo(410);
    }

    private JsonNode get(String session) throws Exception {
        String query = "token=" + key + "&vsn=2.0.0" + (session == null ? "&" : "&token=" + session);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri(query))
                        .timeout(Duration.ofSeconds(20))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode getUnchecked(String session) {
        try {
            return get(session);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String session, String ndjson) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri("token=" + key + "&vsn=2.0.0&token=" + session))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/socket/longpoll?" + query);
    }
}
