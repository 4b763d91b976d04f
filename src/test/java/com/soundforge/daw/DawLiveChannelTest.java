package com.soundforge.daw;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixNodeScript;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The live layer of {@code daw:project:{id}} over the channel socket: Phoenix presence (state, then diffs for
 * joins, updates and leaves), pointers and drag previews relayed to the others and never echoed, viewers kept from
 * previewing edits, and bad messages refused with a reason.
 */
@SfaWebTest
class DawLiveChannelTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    DawService daw;

    @Autowired
    ImportService imports;

    UserAccount owner;
    UserAccount editor;
    UserAccount viewer;
    String topic;
    final List<PhoenixTestClient> sockets = new CopyOnWriteArrayList<>();

    @BeforeEach
    void shareAProject() {
        owner = TestUsers.create(users);
        editor = TestUsers.create(users);
        viewer = TestUsers.create(users);
        UUID project = daw.create(owner, "Live").id();
        daw.share(owner, project, editor.username(), ProjectRole.EDITOR);
        daw.share(owner, project, viewer.username(), ProjectRole.VIEWER);
        topic = "daw:project:" + project;
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(PhoenixTestClient::close);
    }

    @Test
    void presenceStateThenDiffsForJoinsUpdatesAndLeaves() throws Exception {
        PhoenixTestClient ownerSocket = joined(owner);
        JsonNode state = await(ownerSocket, "presence_state");
        assertThat(state.at("/4/" + owner.username() + "/metas/0/name").asString())
                .isEqualTo(owner.username());
        assertThat(state.at("/4/" + owner.username() + "/metas/0/color").asString())
                .isEqualTo(DawLive.colorOf(owner.id()));

        PhoenixTestClient editorSocket = joined(editor);
        JsonNode editorState = await(editorSocket, "presence_state");
        assertThat(editorState.at("/4").propertyNames()).contains(owner.username(), editor.username());
        JsonNode join = await(
                ownerSocket,
                f -> f.at("/3").asString().equals("presence_diff")
                        && f.at("/4/joins/" + editor.username()).isObject());
        String ref =
                join.at("/4/joins/" + editor.username() + "/metas/0/phx_ref").asString();
        assertThat(ref).isNotEmpty();

        String clip = UUID.randomUUID().toString();
        editorSocket.push(
                "1",
                "2",
                topic,
                "presence",
                "{\"selection\":[\"" + clip + "\"],\"editing\":\"" + clip + "\",\"following\":\"" + owner.username()
                        + "\"}");
        JsonNode update = await(ownerSocket, "presence_diff");
        JsonNode meta = update.at("/4/joins/" + editor.username() + "/metas/0");
        assertThat(meta.at("/selection/0").asString()).isEqualTo(clip);
        assertThat(meta.at("/editing").asString()).isEqualTo(clip);
        assertThat(meta.at("/following").asString()).isEqualTo(owner.username());
        assertThat(meta.at("/phx_ref_prev").asString()).isEqualTo(ref);
        assertThat(update.at("/4/leaves/" + editor.username() + "/metas/0/phx_ref")
                        .asString())
                .isEqualTo(ref);

        editorSocket.close();
        long start = System.nanoTime();
        JsonNode leave = await(
                ownerSocket,
                f -> f.at("/3").asString().equals("presence_diff")
                        && f.at("/4/joins").isEmpty());
        assertThat(leave.at("/4/leaves").propertyNames()).containsExactly(editor.username());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void pointersAndPreviewsReachTheOthersButNotTheirSender() throws Exception {
        PhoenixTestClient ownerSocket = joined(owner);
        PhoenixTestClient editorSocket = joined(editor);
        String track = UUID.randomUUID().toString();

        editorSocket.push(
                "1",
                "2",
                topic,
                "cursor",
                "{\"track\":\"" + track + "\",\"time\":12.5,\"playhead\":3," + "\"playing\":true}");
        JsonNode cursor = await(ownerSocket, "cursor");
        assertThat(cursor.at("/4/user").asString()).isEqualTo(editor.username());
        assertThat(cursor.at("/4/track").asString()).isEqualTo(track);
        assertThat(cursor.at("/4/time").asDouble()).isEqualTo(12.5);
        assertThat(cursor.at("/4/playing").asBoolean()).isTrue();

        String clip = UUID.randomUUID().toString();
        editorSocket.push(
                "1",
                "3",
                topic,
                "preview",
                "{\"ops\":[{\"op\":\"set\",\"kind\":\"clip\",\"id\":\"" + clip
                        + "\",\"prop\":\"position\",\"value\":4.25}]}");
        JsonNode preview = await(ownerSocket, "preview");
        assertThat(preview.at("/4/ops/0/value").asDouble()).isEqualTo(4.25);
        editorSocket.close();
        JsonNode ended = await(ownerSocket, "preview");
        assertThat(ended.at("/4/ops").size())
                .as("a closed screen's preview ends")
                .isZero();

        List<JsonNode> editorFrames = framesOf(editorSocket);
        assertThat(editorFrames).noneMatch(f -> f.at("/3").asString().equals("cursor"));
        assertThat(editorFrames).noneMatch(f -> f.at("/3").asString().equals("preview"));
    }

    @Test
    void viewersPointButDoNotPreviewAndBadMessagesAreRefusedWithAReason() throws Exception {
        PhoenixTestClient viewerSocket = joined(viewer);
        await(viewerSocket, "presence_state");

        assertThat(reply(viewerSocket, "cursor", "{\"time\":1}").at("/4/status").asString())
                .isEqualTo("ok");
        assertThat(reply(viewerSocket, "preview", "{\"ops\":[]}")
                        .at("/4/response/reason")
                        .asString())
                .isEqualTo("forbidden");
        assertThat(reply(viewerSocket, "cursor", "{\"time\":-3}")
                        .at("/4/response/reason")
                        .asString())
                .contains("time");
        assertThat(reply(viewerSocket, "cursor", "{\"time\":\"soon\"}")
                        .at("/4/response/reason")
                        .asString())
                .contains("time must be a number");
        assertThat(reply(viewerSocket, "presence", "{\"selection\":[\"not-an-id\"]}")
                        .at("/4/response/reason")
                        .asString())
                .contains("UUID");
        assertThat(reply(viewerSocket, "presence", "{\"selection\":\"all\"}")
                        .at("/4/response/reason")
                        .asString())
                .contains("must be a list");
        assertThat(reply(viewerSocket, "dance", "{}").at("/4/response/reason").asString())
                .isEqualTo("unknown event");

        PhoenixTestClient editorSocket = joined(editor);
        assertThat(reply(editorSocket, "preview", "{\"ops\":[{\"op\":\"explode\"}]}")
                        .at("/4/status")
                        .asString())
                .isEqualTo("error");
        assertThat(viewerSocket.isClosed()).isFalse();
    }

    @Test
    void theOfficialPhoenixClientAddsAClipAndItsPresenceFollowsTheOthers(@TempDir Path work) throws Exception {
        String lane = UUID.randomUUID().toString();
        UUID project = UUID.fromString(topic.substring("daw:project:".length()));
        daw.apply(
                owner,
                project,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[{\"op\":\"add\",\"kind\":\"track\",\"id\":\"" + lane
                        + "\",\"value\":{}}]}",
                null);
        Path wav = TestAudio.writeSineWav(work.resolve("editor.wav"), 44_100, 2, 2, 660);
        Track source;
        try (InputStream in = Files.newInputStream(wav)) {
            source = imports.importAudio(editor.id(), in, "Editor - Riff.wav").track();
        }
        PhoenixTestClient ownerSocket = joined(owner);
        try (PhoenixNodeScript node = PhoenixNodeScript.run(
                "/daw/phoenix-daw-collaborator.mjs",
                Map.of(
                        "SFA_SOCKET_URL", "ws://localhost:" + port + "/socket",
                        "TOKEN", keys.create(editor.id(), "node").rawKey(),
                        "PROJECT_ID", project.toString(),
                        "TRACK_ID", lane,
                        "SOURCE_ID", source.id().toString()))) {
            node.awaitStep("joined");
            String clip = node.awaitStep("clip added").at("/clip").asString();
            assertThat(daw.open(owner, project).clips())
                    .extracting(c -> c.id().toString())
                    .contains(clip);
            JsonNode cursor = await(ownerSocket, "cursor");
            assertThat(cursor.at("/4/user").asString()).isEqualTo(editor.username());
            assertThat(cursor.at("/4/time").asDouble()).isEqualTo(4.5);

            JsonNode sync = awaitSync(
                    node,
                    s -> s.at("/people").asInt() == 2
                            && s.at("/editing/0").asString().equals(clip));
            assertThat(sync.at("/names").valueStream().map(JsonNode::asString))
                    .containsExactlyInAnyOrder(owner.username(), editor.username());
            ownerSocket.close();
            awaitSync(node, s -> s.at("/people").asInt() == 1);
        }
    }

    private static JsonNode awaitSync(PhoenixNodeScript node, Predicate<JsonNode> wanted) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            JsonNode sync = node.awaitStep("sync");
            if (wanted.test(sync)) {
                return sync;
            }
        }
        throw new AssertionError("the phoenix client's Presence never showed what was expected");
    }

    @Test
    void aReturningClientGetsTheBatchesItMissedOrTheWholeStateWhenTheyAreTooMany() throws Exception {
        UUID project = UUID.fromString(topic.substring("daw:project:".length()));
        long known = daw.open(owner, project).seq();
        for (int bpm = 121; bpm <= 123; bpm++) {
            daw.apply(owner, project, bpmBatch(bpm, 1), null);
        }
        PhoenixTestClient back = socket(editor);
        back.push("1", "1", topic, "phx_join", "{\"after\":" + known + "}");
        JsonNode reply = await(back, f -> f.at("/3").asString().equals("phx_reply"));
        assertThat(reply.at("/4/response/seq").asLong()).isEqualTo(known + 3);
        assertThat(reply.at("/4/response/batches")
                        .valueStream()
                        .map(b -> b.at("/ops/0/value").asDouble()))
                .containsExactly(121.0, 122.0, 123.0);
        assertThat(reply.at("/4/response/project").isMissingNode()).isTrue();

        daw.apply(owner, project, bpmBatch(124, (int) DawService.MAX_CATCH_UP_OPS + 1), null);
        JsonNode far = reply(back, "catch_up", "{\"after\":" + (known + 3) + "}");
        assertThat(far.at("/4/response/project/bpm").asDouble()).isEqualTo(124.0);
        JsonNode near =
                reply(back, "catch_up", "{\"after\":" + daw.open(owner, project).seq() + "}");
        assertThat(near.at("/4/response/batches").size()).isZero();
        for (String odd : List.of("-1", "\"soon\"", "99999999")) {
            assertThat(reply(back, "catch_up", "{\"after\":" + odd + "}")
                            .at("/4/response/project/bpm")
                            .asDouble())
                    .as("after = %s", odd)
                    .isEqualTo(124.0);
        }
    }

    private static String bpmBatch(int bpm, int times) {
        String op = "{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":" + bpm + "}";
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":["
                + String.join(",", java.util.Collections.nCopies(times, op)) + "]}";
    }

    private PhoenixTestClient socket(UserAccount user) {
        PhoenixTestClient socket =
                PhoenixTestClient.connect(port, keys.create(user.id(), "k").rawKey());
        sockets.add(socket);
        return socket;
    }

    private PhoenixTestClient joined(UserAccount user) {
        PhoenixTestClient socket =
                PhoenixTestClient.connect(port, keys.create(user.id(), "k").rawKey());
        sockets.add(socket);
        assertThat(socket.join("1", topic).at("/4/status").asString()).isEqualTo("ok");
        return socket;
    }

    private int refs = 10;

    private JsonNode reply(PhoenixTestClient socket, String event, String payload) throws Exception {
        String ref = Integer.toString(refs++);
        socket.push("1", ref, topic, event, payload);
        return await(
                socket,
                f -> f.at("/3").asString().equals("phx_reply")
                        && f.at("/1").asString().equals(ref));
    }

    private static JsonNode await(PhoenixTestClient socket, String event) throws Exception {
        return await(socket, f -> f.at("/3").asString().equals(event));
    }

    private static JsonNode await(PhoenixTestClient socket, Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode frame = socket.next();
            if (wanted.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no such frame within 10 s");
    }

    private static List<JsonNode> framesOf(PhoenixTestClient socket) throws InterruptedException {
        return socket.framesWithin(Duration.ofMillis(300));
    }
}
