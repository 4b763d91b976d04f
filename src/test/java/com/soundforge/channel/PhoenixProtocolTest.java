package com.soundforge.channel;

import static com.soundforge.support.PhoenixTestClient.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The Phoenix V2 wire protocol, frame by frame, from a raw WebSocket client. */
@SfaWebTest
@Import(TestTopics.class)
@TestPropertySource(
        properties = {"sfa.channel.idle-timeout=4s", "sfa.channel.send-time-limit=2s", "sfa.channel.long-poll-window=1s"
        })
class PhoenixProtocolTest {

    private static final String OK_EMPTY = "{\"status\":\"ok\",\"response\":{}}";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    WebServerApplicationContext server;

    UserAccount user;
    String token;
    final List<PhoenixTestClient> clients = new ArrayList<>();

    @BeforeEach
    void newUserWithKey() {
        user = TestUsers.create(users);
        token = keys.create(user.id(), "socket").rawKey();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(PhoenixTestClient::close);
    }

    @Test
    void aHeartbeatIsAnsweredOkOnThePhoenixTopic() {
        PhoenixTestClient client = connect();

        assertThat(wire(client.heartbeat("1"))).isEqualTo("[null,\"1\",\"phoenix\",\"phx_reply\"," + OK_EMPTY + "]");
        assertThat(wire(client.heartbeat("2"))).isEqualTo("[null,\"2\",\"phoenix\",\"phx_reply\"," + OK_EMPTY + "]");
    }

    @Test
    void messagesManyTimesTheSocketsSmallBuffersGoThroughBothWays() {
        assertThat(System.getProperty(WebSocketBufferSize.TOMCAT_PROPERTY))
                .as("Tomcat's per-socket buffers are small")
                .isEqualTo(String.valueOf(WebSocketBufferSize.DEFAULT.toBytes()));
        var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize")))
                .isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("maxConnections")))
                .as("a crowd of open sockets beyond Tomcat's default 8,192")
                .isEqualTo("50000");
        PhoenixTestClient client = connect();
        client.join("1", "test:room");
        String big = "ü♪".repeat(12_000);

        client.push("1", "2", "test:room", "echo", "{\"text\":\"" + big + "\"}");
        assertThat(client.next().at("/4/response/text").asString()).isEqualTo(big);
        broadcaster.publish(TestTopics.RELAY_PREFIX + "room", "relayed", big);
        assertThat(client.next().at("/4/value").asString()).isEqualTo(big);
    }

    @Test
    void aJoinIsAnsweredWithTheTopicsResponseUnderTheJoinRef() {
        PhoenixTestClient client = connect();

        JsonNode reply = client.join("3", "test:room");

        assertThat(wire(reply)).startsWith("[\"3\",\"3\",\"test:room\",\"phx_reply\",{\"status\":\"ok\",");
        assertThat(reply.at("/4/response/joined").asString()).isEqualTo("test:room");
        assertThat(reply.at("/4/response/user").asString()).isEqualTo(user.username());
    }

    @Test
    void aTopicNobodyServesIsAnUnmatchedTopic() {
        PhoenixTestClient client = connect();

        assertThat(wire(client.join("1", "nobody:here")))
                .isEqualTo("[null,\"1\",\"nobody:here\",\"phx_reply\","
                        + "{\"status\":\"error\",\"response\":{\"reason\":\"unmatched topic\"}}]");
    }

    @Test
    void aTopicMayRefuseAJoinWithAReasonAndAFailingJoinIsRefusedToo() {
        PhoenixTestClient client = connect();

        client.push("1", "1", "test:private", "phx_join", "{\"refuse\":true}");
        assertThat(wire(client.next()))
                .isEqualTo("[\"1\",\"1\",\"test:private\",\"phx_reply\","
                        + "{\"status\":\"error\",\"response\":{\"reason\":\"not allowed\"}}]");
        assertThat(client.join("2", "test:crash-join").at("/4/response/reason").asString())
                .isEqualTo("join crashed");
        assertThat(client.join("3", "test:private").at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void relayedBroadcastsCarryNeitherJoinRefNorRefLikePhoenixFastlane() {
        PhoenixTestClient client = connect();
        client.join("7", "test:news");

        broadcaster.publish(TestTopics.RELAY_PREFIX + "news", "skip", "not relayed");
        broadcaster.publish(TestTopics.RELAY_PREFIX + "news", "story", "extra");

        assertThat(wire(client.next())).isEqualTo("[null,null,\"test:news\",\"story\",{\"value\":\"extra\"}]");
    }

    @Test
    void leavingRepliesOkThenClosesTheChannelAndStopsItsMessages() throws Exception {
        PhoenixTestClient client = connect();
        client.join("1", "test:leave");

        client.push("1", "2", "test:leave", "phx_leave", "{}");

        assertThat(wire(client.next())).isEqualTo("[\"1\",\"2\",\"test:leave\",\"phx_reply\"," + OK_EMPTY + "]");
        assertThat(wire(client.next())).isEqualTo("[\"1\",\"1\",\"test:leave\",\"phx_close\",{}]");
        broadcaster.publish(TestTopics.RELAY_PREFIX + "leave", "late", "x");
        assertThat(client.framesWithin(Duration.ofMillis(300))).isEmpty();
        assertThat(broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "leave"))
                .isZero();
        client.push("1", "3", "test:leave", "ping", "{}");
        assertThat(client.next().at("/4/response/reason").asString()).isEqualTo("unmatched topic");
    }

    @Test
    void joiningTheSameTopicAgainClosesTheOldIncarnationFirst() throws Exception {
        PhoenixTestClient client = connect();
        client.join("1", "test:twice");

        client.push("5", "5", "test:twice", "phx_join", "{}");

        assertThat(wire(client.next())).isEqualTo("[\"1\",\"1\",\"test:twice\",\"phx_close\",{}]");
        assertThat(client.next().at("/0").asString()).isEqualTo("5");
        broadcaster.publish(TestTopics.RELAY_PREFIX + "twice", "once", "x");
        List<JsonNode> pushes = client.framesWithin(Duration.ofMillis(500));
        assertThat(pushes)
                .extracting(PhoenixTestClient::wire)
                .as("once: the old incarnation no longer relays")
                .containsExactly("[null,null,\"test:twice\",\"once\",{\"value\":\"x\"}]");
        assertThat(broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "twice"))
                .isEqualTo(1);
    }

    @Test
    void pushesAreAnsweredByTheTopicAndPingByAnyJoinedChannel() {
        PhoenixTestClient client = connect();
        client.join("1", "test:talk");

        client.push("1", "2", "test:talk", "echo", "{\"n\":42}");
        assertThat(wire(client.next()))
                .isEqualTo(
                        "[\"1\",\"2\",\"test:talk\",\"phx_reply\"," + "{\"status\":\"ok\",\"response\":{\"n\":42}}]");
        client.push("1", "3", "test:talk", "fail", "{}");
        assertThat(client.next().at("/4/response/reason").asString()).isEqualTo("failed on purpose");
        client.push("1", "4", "test:talk", "whatever", "{}");
        assertThat(client.next().at("/4/response/reason").asString()).isEqualTo("unknown event");
        client.push("1", "5", "test:talk", "ping", "{}");
        assertThat(wire(client.next()))
                .isEqualTo("[\"1\",\"5\",\"test:talk\",\"phx_reply\","
                        + "{\"status\":\"ok\",\"response\":{\"pong\":true}}]");
    }

    @Test
    void aPushToATopicNotJoinedIsAnUnmatchedTopic() {
        PhoenixTestClient client = connect();

        client.push("1", "9", "test:never-joined", "ping", "{}");

        assertThat(wire(client.next()))
                .isEqualTo("[null,\"9\",\"test:never-joined\",\"phx_reply\","
                        + "{\"status\":\"error\",\"response\":{\"reason\":\"unmatched topic\"}}]");
    }

    @Test
    void aHandlerThatThrowsCrashesOnlyItsChannel() {
        PhoenixTestClient client = connect();
        client.join("1", "test:fragile");
        client.join("2", "test:sturdy");

        client.push("1", "3", "test:fragile", "crash", "{}");

        assertThat(wire(client.next()))
                .isEqualTo("[\"1\",\"1\",\"test:fragile\",\"phx_error\"," + "{\"reason\":\"channel_crash\"}]");
        client.push("2", "4", "test:sturdy", "ping", "{}");
        assertThat(client.next().at("/4/status").asString()).isEqualTo("ok");
        assertThat(broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "fragile"))
                .isZero();
        assertThat(client.join("5", "test:fragile").at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void aConnectionJoinsAtMostAHundredChannels() {
        PhoenixTestClient client = connect();
        for (int i = 0; i < 100; i++) {
            assertThat(client.join(String.valueOf(i), "test:many-" + i)
                            .at("/4/status")
                            .asString())
                    .isEqualTo("ok");
        }

        assertThat(wire(client.join("100", "test:many-100")))
                .isEqualTo(
                        "[\"100\",\"100\",\"test:many-100\","
                                + "\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"too many channels joined\"}}]");
        assertThat(client.join("101", "test:many-0").at("/3").asString()).isEqualTo("phx_close");
        assertThat(client.next().at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void aMissingUnknownOrRevokedTokenIsRefusedWith403() {
        String revoked = keys.create(user.id(), "revoked").rawKey();
        keys.revoke(user.id(), keys.list(user.id()).getFirst().id());

        assertThat(PhoenixTestClient.refusedHandshakeStatus(PhoenixTestClient.uri(port, "vsn=2.0.0")))
                .isEqualTo(403);
        assertThat(PhoenixTestClient.refusedHandshakeStatus(PhoenixTestClient.uri(port, "token=sfa_nope&vsn=2.0.0")))
                .isEqualTo(403);
        assertThat(PhoenixTestClient.refusedHandshakeStatus(PhoenixTestClient.uri(port, "token=" + revoked)))
                .isEqualTo(403);
        assertThat(PhoenixTestClient.refusedHandshakeStatus(
                        PhoenixTestClient.uri(port, "token=" + token + "&vsn=1.0.0")))
                .isEqualTo(400);
    }

    @Test
    void theTokenMayComeInThePhoenixSubprotocolHeader() {
        String encoded = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PhoenixTestClient client = PhoenixTestClient.connect(
                PhoenixTestClient.uri(port, "vsn=2.0.0"), "phoenix", "base64url.bearer.phx." + encoded);
        clients.add(client);

        assertThat(client.subprotocol()).isEqualTo("phoenix");
        assertThat(client.join("1", "test:proto").at("/4/response/user").asString())
                .isEqualTo(user.username());
        assertThat(PhoenixTestClient.refusedHandshakeStatus(
                        PhoenixTestClient.uri(port, "vsn=2.0.0"), "phoenix", "base64url.bearer.phx.c2ZhX25vcGU"))
                .isEqualTo(403);
    }

    @Test
    void aMalformedFrameWithARefIsAnsweredAndOneWithoutEndsOnlyThatConnection() {
        PhoenixTestClient bystander = connect();
        bystander.join("1", "test:bystander");
        PhoenixTestClient sloppy = connect();

        sloppy.send("[\"1\",\"2\",\"test:x\",\"evt\",\"not an object\"]");
        assertThat(sloppy.next().at("/4/response/reason").asString()).contains("payload must be an object");
        sloppy.send("[null,\"3\"]");
        assertThat(sloppy.next().at("/1").asString()).isEqualTo("3");
        sloppy.send("{this is not json");

        assertThat(sloppy.awaitClose(PhoenixTestClient.WAIT)).isEqualTo(1008);
        PhoenixTestClient notAnArray = connect();
        notAnArray.send("{\"topic\":\"phoenix\"}");
        assertThat(notAnArray.awaitClose(PhoenixTestClient.WAIT)).isEqualTo(1008);
        assertThat(bystander.heartbeat("2").at("/4/status").asString()).isEqualTo("ok");
        assertThat(connect().heartbeat("1").at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void aFrameOver64KbClosesThatConnectionWith1009AndNoOtherOne() {
        PhoenixTestClient bystander = connect();
        PhoenixTestClient big = connect();
        String padding = "x".repeat(60 * 1024);
        big.push("1", "1", "test:big", "phx_join", "{}");
        big.next();

        big.push("1", "2", "test:big", "echo", "{\"pad\":\"" + padding + "\"}");
        assertThat(big.next().at("/4/response/pad").asString()).hasSize(padding.length());
        big.push("1", "3", "test:big", "echo", "{\"pad\":\"" + padding + "é".repeat(3 * 1024) + "\"}");

        assertThat(big.awaitClose(PhoenixTestClient.WAIT)).isEqualTo(1009);
        assertThat(bystander.heartbeat("1").at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void aFloodIsClosedWith1008() {
        PhoenixTestClient flood = connect();
        PhoenixTestClient bystander = connect();

        for (int i = 0; i < 5_000 && !flood.isClosed(); i++) {
            if (!flood.send("[null,\"" + i + "\",\"phoenix\",\"heartbeat\",{}]")) {
                break;
            }
        }

        assertThat(flood.awaitClose(PhoenixTestClient.WAIT)).isEqualTo(1008);
        assertThat(bystander.heartbeat("1").at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWithoutHoldingUpThePublisherOrOthers() throws Exception {
        String relay = TestTopics.RELAY_PREFIX + "firehose";
        PhoenixTestClient stalled = connect();
        stalled.join("1", "test:firehose");
        stalled.stopReading();
        PhoenixTestClient healthy = connect();
        healthy.join("1", "test:firehose");
        String chunk = "x".repeat(50_000);

        long start = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            broadcaster.publish(relay, "chunk", chunk);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        for (int i = 0; i < 400; i++) {
            assertThat(healthy.next().at("/3").asString()).isEqualTo("chunk");
        }
        for (int i = 0; i < 300 && broadcaster.subscriberCount(relay) > 1; i++) {
            Thread.sleep(100);
        }
        assertThat(broadcaster.subscriberCount(relay)).isEqualTo(1);
        assertThat(healthy.heartbeat("2").at("/4/status").asString()).isEqualTo("ok");
    }

    @Test
    void aClosedSocketLeavesNoSubscriptionBehind() throws Exception {
        PhoenixTestClient client = connect();
        client.join("1", "test:gone-a");
        client.join("2", "test:gone-b");
        assertThat(broadcaster.subscriberCount(TestTopics.RELAY_PREFIX + "gone-a"))
                .isEqualTo(1);

        client.close();

        awaitNoSubscriber(TestTopics.RELAY_PREFIX + "gone-a");
        awaitNoSubscriber(TestTopics.RELAY_PREFIX + "gone-b");
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        PhoenixTestClient silent = connect();
        silent.join("1", "test:silent");

        // Tomcat checks idle sessions every 10 s, so the close comes 4 to 14 s after the last frame.
        assertThat(silent.awaitClose(Duration.ofSeconds(25))).isNotEqualTo(-1);
        awaitNoSubscriber(TestTopics.RELAY_PREFIX + "silent");
    }

    /** The server closes a socket's subscriptions just after the close, so the client may see the close first. */
    private void awaitNoSubscriber(String topic) throws InterruptedException {
        for (int i = 0; i < 100 && broadcaster.subscriberCount(topic) > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(broadcaster.subscriberCount(topic)).isZero();
    }

    private PhoenixTestClient connect() {
        PhoenixTestClient client = PhoenixTestClient.connect(port, token);
        clients.add(client);
        return client;
    }
}
