package com.soundforge.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixNodeScript;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The official phoenix JavaScript client, unchanged, in Node against the real server. */
@SfaWebTest
class PhoenixJsClientTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    ImportService imports;

    @Autowired
    Broadcaster broadcaster;

    @TempDir
    Path work;

    @Test
    void theClientJoinsTracksGetsPongReceivesANewTrackAndLeaves() throws Exception {
        UserAccount user = TestUsers.create(users);
        try (PhoenixNodeScript client =
                PhoenixJsClient.start(port, keys.create(user.id(), "node").rawKey(), "session")) {
            client.awaitStep("open");
            assertThat(client.awaitStep("joined").get("response").isEmpty()).isTrue();
            assertThat(client.awaitStep("pong").at("/response/pong").asBoolean())
                    .isTrue();
            client.awaitStep("ready");

            Track track = importTrack(user, "Node Artist - Phoenix Rising.wav");

            JsonNode created = client.awaitStep("track:created").get("payload");
            assertThat(created.get("id").asString()).isEqualTo(track.id().toString());
            assertThat(created.get("title").asString()).isEqualTo("Phoenix Rising");
            assertThat(created.get("artist").asString()).isEqualTo("Node Artist");
            assertThat(created.get("sample_rate_hz").asInt()).isEqualTo(44_100);
            client.awaitStep("left");
            client.awaitStep("disconnected");
            assertThat(client.exitCode()).isZero();
        }
        awaitNoSubscriber(Topics.tracks(user.id()));
    }

    @Test
    void theClientDoesTheSameOverTheLongPollTransport() throws Exception {
        UserAccount user = TestUsers.create(users);
        try (PhoenixNodeScript client =
                PhoenixJsClient.start(port, keys.create(user.id(), "node").rawKey(), "longpoll")) {
            client.awaitStep("open");
            client.awaitStep("joined");
            assertThat(client.awaitStep("pong").at("/response/pong").asBoolean())
                    .isTrue();
            client.awaitStep("ready");

            Track track = importTrack(user, "Poll Artist - Patience.wav");

            assertThat(client.awaitStep("track:created").at("/payload/id").asString())
                    .isEqualTo(track.id().toString());
            client.awaitStep("left");
            client.awaitStep("disconnected");
            assertThat(client.exitCode()).isZero();
        }
    }

    @Test
    void aBadTokenMakesTheClientsSocketFail() throws Exception {
        try (PhoenixNodeScript client = PhoenixJsClient.start(port, "sfa_not-a-real-key", "bad-token")) {
            assertThat(client.next(20).get("step").asString()).isEqualTo("error");
            assertThat(client.exitCode()).isZero();
        }
    }

    @Test
    void theClientsAuthTokenOptionWorksToo() throws Exception {
        UserAccount user = TestUsers.create(users);
        try (PhoenixNodeScript client =
                PhoenixJsClient.start(port, keyTheClientCanSendAsSubprotocol(user), "auth-token")) {
            client.awaitStep("open");
            client.awaitStep("joined");
            assertThat(client.awaitStep("pong").at("/response/pong").asBoolean())
                    .isTrue();
            assertThat(client.exitCode()).isZero();
        }
    }

    /**
     * phoenix 1.8 encodes authToken with btoa, whose standard alphabet may contain '/', which WebSocket refuses in
     * a subprotocol (SyntaxError) whatever the server; most keys avoid it, so take the first that does.
     */
    private String keyTheClientCanSendAsSubprotocol(UserAccount user) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String key = keys.create(user.id(), "node " + attempt).rawKey();
            if (!Base64.getEncoder()
                    .encodeToString(key.getBytes(StandardCharsets.US_ASCII))
                    .contains("/")) {
                return key;
            }
        }
        throw new AssertionError("No key without '/' in its base64 form after 100 attempts");
    }

    private Track importTrack(UserAccount user, String name) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(name), 44_100, 2, 0.5, 523);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(user.id(), in, name).track();
        }
    }

    private void awaitNoSubscriber(String topic) throws InterruptedException {
        for (int i = 0; i < 100 && broadcaster.subscriberCount(topic) > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(broadcaster.subscriberCount(topic)).isZero();
    }
}
