package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.library.LibraryService;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixNodeScript;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code dj:session:{id}} over the channel socket: the official phoenix client's Presence, and raw frames. */
@SfaWebTest
class DjChannelTest {

    @LocalServerPort
    int port;

    @Autowired
    DjService dj;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    ImportService imports;

    @Autowired
    AnalysisService analysis;

    @Autowired
    TempoService tempo;

    @Autowired
    LibraryService library;

    @TempDir
    Path work;

    LiveShare live;

    @BeforeEach
    void share() {
        live = LiveShare.open(users, dj);
    }

    private PhoenixTestClient spectatorSocket() {
        return PhoenixTestClient.connect(PhoenixTestClient.uri(port, "vsn=2.0.0&share=" + live.token()));
    }

    private JsonNode joinAsSpectator(PhoenixTestClient client, String ref, String person) {
        client.push(
                ref,
                ref,
                live.topic(),
                "phx_join",
                "{\"token\":\"" + live.token() + "\",\"name\":\"Raw\",\"person\":\"" + person + "\"}");
        return client.next();
    }

    @Test
    void thePhoenixClientsPresenceFollowsSpectatorsAndReceivesTheSessionsEvents() throws Exception {
        List<TopicMessage> inbox = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(Topics.djInbox(live.session().id()), inbox::add);
        try (PhoenixNodeScript node = PhoenixNodeScript.run(
                "/dj/phoenix-dj-spectator.mjs",
                Map.of(
                        "SFA_SOCKET_URL",
                        "ws://localhost:" + port + "/socket",
                        "SHARE",
                        live.token(),
                        "NAME",
                        "Nora"))) {
            JsonNode joined = node.awaitStep("joined");
            assertThat(joined.at("/response/role").asString()).isEqualTo("spectator");
            assertThat(joined.at("/response/session/state/decks").size()).isEqualTo(2);
            assertThat(awaitSync(node, 1, 1).get("names").get(0).asString()).isEqualTo("Nora");
            node.awaitStep("shout sent");
            assertThat(inbox)
                    .singleElement()
                    .satisfies(m -> assertThat(((DjMessages.SpectatorMessage) m.payload()).text())
                            .isEqualTo("hello from node"));

            try (PhoenixTestClient raw = spectatorSocket()) {
                assertThat(joinAsSpectator(raw, "1", "raw-person")
                                .at("/4/status")
                                .asString())
                        .isEqualTo("ok");
                JsonNode state = raw.next();
                assertThat(state.get(3).asString()).isEqualTo("presence_state");
                assertThat(state.get(4).size()).isEqualTo(2);
                awaitSync(node, 2, 2);

                dj.apply(live.owner().id(), live.session().id(), new DjCommand.Crossfader(0.75, "linear"), "dj-screen");
                assertThat(node.awaitStep("mixer_changed")
                                .at("/payload/crossfader")
                                .asDouble())
                        .isEqualTo(0.75);
                JsonNode relayed = nextEvent(raw, "mixer_changed");
                assertThat(relayed.at("/4/curve").asString()).isEqualTo("linear");
            }
            awaitSync(node, 1, 1);

            UUID link = dj.shareLinks(live.owner().id(), live.session().id())
                    .getFirst()
                    .id();
            dj.revokeShareLink(live.owner().id(), live.session().id(), link);
            node.awaitStep("closed");
        }
    }

    @Test
    void theDjJoinsWithAnApiKeyAnnouncesAndGetsTheSpectatorsMessages() throws Exception {
        String key = keys.create(live.owner().id(), "dj").rawKey();
        try (PhoenixTestClient djClient = PhoenixTestClient.connect(port, key);
                PhoenixTestClient spectator = spectatorSocket()) {
            JsonNode reply = djClient.join("1", live.topic());
            assertThat(reply.at("/4/response/role").asString()).isEqualTo("dj");
            assertThat(djClient.next().get(3).asString()).isEqualTo("presence_state");
            joinAsSpectator(spectator, "1", "p1");
            assertThat(spectator.next().get(3).asString()).isEqualTo("presence_state");

            spectator.push("1", "2", live.topic(), "request", "{\"text\":\"Play the groove\"}");
            assertThat(nextReply(spectator, "2").at("/4/status").asString()).isEqualTo("ok");
            assertThat(nextEvent(djClient, "spectator_message").at("/4/text").asString())
                    .isEqualTo("Play the groove");

            djClient.push("1", "3", live.topic(), "announce", "{\"text\":\"Last track\"}");
            assertThat(nextReply(djClient, "3").at("/4/status").asString()).isEqualTo("ok");
            assertThat(nextEvent(spectator, "announcement").at("/4/text").asString())
                    .isEqualTo("Last track");
            // a spectator cannot announce, and the DJ's messages never reach spectators' inbox
            spectator.push("1", "4", live.topic(), "announce", "{\"text\":\"fake\"}");
            assertThat(nextReply(spectator, "4").at("/4/response/reason").asString())
                    .isEqualTo("unknown event");
        }
    }

    @Test
    void spectatorsAreRateLimitedAndBadInputIsRefused() throws Exception {
        try (PhoenixTestClient raw = spectatorSocket()) {
            joinAsSpectator(raw, "1", "spammer");
            int ok = 0;
            JsonNode refused = null;
            for (int i = 0; i < 5; i++) {
                raw.push("1", "r" + i, live.topic(), "shout", "{\"text\":\"again " + i + "\"}");
                JsonNode answer = nextReply(raw, "r" + i);
                if (answer.at("/4/status").asString().equals("ok")) {
                    ok++;
                } else {
                    refused = answer;
                }
            }
            assertThat(ok).isEqualTo((int) DjMessages.SPECTATOR_BURST);
            assertThat(refused.at("/4/response/reason").asString()).isEqualTo("rate_limited");
            assertThat(refused.at("/4/response/retry_after").asInt()).isPositive();

            raw.push("1", "x1", live.topic(), "shout", "{\"text\": 42}");
            assertThat(nextReply(raw, "x1").at("/4/response/reason").asString()).isEqualTo("text is required");
            raw.push("1", "x2", live.topic(), "shout", "{\"text\":\"" + "y".repeat(DjMessages.MAX_TEXT + 1) + "\"}");
            assertThat(nextReply(raw, "x2").at("/4/status").asString()).isEqualTo("error");
            raw.push("1", "x3", live.topic(), "shout", "[1,2]");
            assertThat(nextReply(raw, "x3").at("/4/status").asString()).isEqualTo("error");

            // anonymous sockets may join nothing else, and only a session their token opens
            assertThat(raw.join("5", "tracks").at("/4/response/reason").asString())
                    .isEqualTo("unauthorized");
            raw.push("6", "6", Topics.djSession(UUID.randomUUID()), "phx_join", "{\"token\":\"" + live.token() + "\"}");
            assertThat(raw.next().at("/4/response/reason").asString()).isEqualTo("unauthorized");
            raw.push("7", "7", "dj:session:not-a-uuid", "phx_join", "{}");
            assertThat(raw.next().at("/4/response/reason").asString()).isEqualTo("not found");
        }
        assertThat(PhoenixTestClient.refusedHandshakeStatus(PhoenixTestClient.uri(port, "vsn=2.0.0&share=nope")))
                .isEqualTo(403);
        assertThat(PhoenixTestClient.refusedHandshakeStatus(PhoenixTestClient.uri(port, "vsn=2.0.0")))
                .isEqualTo(403);
        // someone else's API key cannot join the session without its token
        String otherKey = keys.create(TestUsers.create(users).id(), "other").rawKey();
        try (PhoenixTestClient other = PhoenixTestClient.connect(port, otherKey)) {
            assertThat(other.join("1", live.topic()).at("/4/response/reason").asString())
                    .isEqualTo("unauthorized");
        }
    }

    @Test
    void theLongPollTransportAdmitsSpectatorsByShareTokenToo() throws Exception {
        assertThat(longPoll("vsn=2.0.0&share=" + live.token()).get("status").asInt())
                .isEqualTo(410);
        assertThat(longPoll("vsn=2.0.0&share=" + live.token()).get("token").asString())
                .startsWith("lp_");
        assertThat(longPoll("vsn=2.0.0&share=nope").get("status").asInt()).isEqualTo(403);
        assertThat(longPoll("vsn=2.0.0").get("status").asInt()).isEqualTo(403);
    }

    private JsonNode longPoll(String query) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/socket/longpoll?" + query))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void aSpectatorGetsNoFreshMessageLimitByChangingItsPersonOrOpeningMoreSockets() {
        int accepted = 0;
        try (PhoenixTestClient spectator = spectatorSocket()) {
            for (int i = 0; i < 8; i++) {
                String ref = "j" + i;
                spectator.push(
                        ref,
                        ref,
                        live.topic(),
                        "phx_join",
                        "{\"token\":\"" + live.token() + "\",\"name\":\"Raw\",\"person\":\"person-" + i + "\"}");
                assertThat(nextReply(spectator, ref).at("/4/status").asString()).isEqualTo("ok");
                spectator.push(ref, "s" + i, live.topic(), "shout", "{\"text\":\"hi " + i + "\"}");
                accepted +=
                        nextReply(spectator, "s" + i).at("/4/status").asString().equals("ok") ? 1 : 0;
            }
        }
        assertThat(accepted)
                .as("one socket: its own burst, whatever person it claims")
                .isEqualTo(3);

        for (int socket = 0; socket < 6; socket++) {
            try (PhoenixTestClient spectator = spectatorSocket()) {
                joinAsSpectator(spectator, "1", "other-" + socket);
                for (int i = 0; i < 3; i++) {
                    spectator.push("1", "s" + i, live.topic(), "shout", "{\"text\":\"more\"}");
                    accepted += nextReply(spectator, "s" + i)
                                    .at("/4/status")
                                    .asString()
                                    .equals("ok")
                            ? 1
                            : 0;
                }
            }
        }
        // the address's burst of 10, plus what it refilled (one every 2 s) while the test ran
        assertThat(accepted).as("all sockets of one address share its limit").isBetween(10, 12);
    }

    @Test
    void spectatorsSeeTheLoadedTracksBeatGridChangeWhenItsOwnerEditsIt() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Spectated - Groove.wav"), 124, 12);
        UUID trackId;
        try (InputStream in = Files.newInputStream(wav)) {
            trackId = imports.importAudio(live.owner().id(), in, "Spectated - Groove.wav")
                    .track()
                    .id();
        }
        analysis.analyse(trackId, library.audioFile(live.owner().id(), trackId).path(), fraction -> {});
        dj.loadTrack(live.owner().id(), live.session().id(), 1, trackId, "dj-screen");
        try (PhoenixTestClient spectator = spectatorSocket()) {
            JsonNode joined = joinAsSpectator(spectator, "1", "grid-watcher");
            assertThat(joined.at("/4/response/session/state/decks/1/track/bpmSource")
                            .asString())
                    .isEqualTo("analysed");

            tempo.edit(live.owner().id(), trackId, "double", null);

            JsonNode changed = nextEvent(spectator, DjEvent.BEAT_GRID_CHANGED);
            assertThat(changed.at("/4/deck").asInt()).isEqualTo(1);
            assertThat(changed.at("/4/track/bpm").asDouble()).isEqualTo(248.0);
            assertThat(changed.at("/4/track/bpmSource").asString()).isEqualTo("edited");
        }
    }

    private static JsonNode nextEvent(PhoenixTestClient client, String event) {
        for (int i = 0; i < 50; i++) {
            JsonNode frame = client.next();
            if (frame.get(3).asString().equals(event)) {
                return frame;
            }
        }
        throw new AssertionError("No " + event);
    }

    private static JsonNode nextReply(PhoenixTestClient client, String ref) {
        for (int i = 0; i < 50; i++) {
            JsonNode frame = client.next();
            if (frame.get(3).asString().equals("phx_reply")
                    && ref.equals(frame.get(1).asString())) {
                return frame;
            }
        }
        throw new AssertionError("No reply to " + ref);
    }

    /** The next "sync" of the script's Presence whose people/screens match. */
    private static JsonNode awaitSync(PhoenixNodeScript node, int people, int screens) throws Exception {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            JsonNode sync = node.awaitStep("sync");
            if (sync.path("people").asInt() == people && sync.path("screens").asInt() == screens) {
                return sync;
            }
        }
        throw new AssertionError("Presence never showed " + people + " people on " + screens + " screens");
    }
}
