package com.soundforge.daw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.HttpSession;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A project shared by its owner: editors change it, viewers only open and follow it, strangers see nothing, and
 * taking access away works at once on every path (service, REST, channel).
 */
@SfaWebTest
class DawSharingTest {

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

    @Autowired
    com.soundforge.daw.streams.DawSources sources;

    UserAccount owner;
    UserAccount editor;
    UserAccount viewer;
    UserAccount stranger;
    UUID project;
    final List<PhoenixTestClient> sockets = new CopyOnWriteArrayList<>();

    @BeforeEach
    void shareAProject() {
        owner = TestUsers.create(users);
        editor = TestUsers.create(users);
        viewer = TestUsers.create(users);
        stranger = TestUsers.create(users);
        project = daw.create(owner, "Together").id();
        daw.share(owner, project, editor.username(), ProjectRole.EDITOR);
        daw.share(owner, project, viewer.username(), ProjectRole.VIEWER);
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(PhoenixTestClient::close);
    }

    @Test
    void editorsChangeTheProjectViewersOnlyReadItAndStrangersDoNotFindIt() {
        daw.apply(editor, project, bpm(128), null);
        assertThat(daw.open(viewer, project).settings().bpm()).isEqualTo(128.0);

        assertThatThrownBy(() -> daw.apply(viewer, project, bpm(90), null))
                .isInstanceOf(DawEditForbiddenException.class);
        assertThatThrownBy(() -> daw.open(stranger, project)).isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.apply(stranger, project, bpm(90), null))
                .isInstanceOf(DawProjectNotFoundException.class);
        assertThat(daw.open(owner, project).settings().bpm()).isEqualTo(128.0);

        assertThat(daw.list(viewer)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(project);
            assertThat(p.role()).isEqualTo(ProjectRole.VIEWER);
        });
        assertThat(daw.list(owner)).extracting(ProjectSummary::role).containsExactly(ProjectRole.OWNER);
        assertThat(daw.list(stranger)).isEmpty();
    }

    @Test
    void collaboratorsReadTheOwnersTracksThatTheClipsUseAndNothingElseOfTheirs(@TempDir Path work) throws Exception {
        Track used = importSine(work, owner, 330);
        Track unused = importSine(work, owner, 440);
        Track editorsOwn = importSine(work, editor, 550);
        daw.apply(
                owner,
                project,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[{\"op\":\"add\",\"kind\":\"track\",\"id\":\""
                        + UUID.randomUUID() + "\",\"value\":{}}]}",
                null);
        String track = daw.open(owner, project).tracks().iterator().next().id().toString();
        daw.apply(
                owner,
                project,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[{\"op\":\"add\",\"kind\":\"clip\",\"id\":\""
                        + UUID.randomUUID() + "\",\"value\":{\"trackId\":\"" + track + "\",\"source\":{\"trackId\":\""
                        + used.id() + "\",\"stem\":null}}}]}",
                null);

        assertThat(daw.sourceLibraryOwner(viewer.id(), project, used.id())).hasValue(owner.id());
        assertThat(daw.sourceLibraryOwner(viewer.id(), project, unused.id()))
                .as("a track no clip uses is looked for in the reader's own library, where it is not")
                .hasValue(viewer.id());
        assertThat(daw.sourceLibraryOwner(editor.id(), project, editorsOwn.id()))
                .hasValue(editor.id());
        assertThat(daw.sourceLibraryOwner(owner.id(), project, unused.id())).hasValue(owner.id());
        assertThat(daw.sourceLibraryOwner(stranger.id(), project, used.id())).isEmpty();

        HttpSession viewerPage = HttpSession.signIn(port, viewer.username(), TestUsers.PASSWORD);
        String media = "/media/daw/" + project + "/sources/";
        assertThat(viewerPage
                        .get(media + used.id() + "/mix/chunks/0?rate=48000&stretch=1", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(viewerPage
                        .get(media + unused.id() + "/mix/chunks/0?rate=48000&stretch=1", null)
                        .statusCode())
                .isEqualTo(403);
        daw.unshare(owner, project, viewer.id());
        assertThat(viewerPage
                        .get(media + used.id() + "/mix/chunks/0?rate=48000&stretch=1", null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEditorBringsTheirOwnTracksCopiesTheProjectsButCannotReachTheOwnersOthers(@TempDir Path work)
            throws Exception {
        Track ownersUsed = importSine(work, owner, 330);
        Track ownersOther = importSine(work, owner, 440);
        Track editorsOwn = importSine(work, editor, 550);
        String lane = UUID.randomUUID().toString();
        daw.apply(owner, project, batch(trackOp(lane), clipOp(lane, ownersUsed)), null);

        daw.apply(editor, project, batch(clipOp(lane, editorsOwn), clipOp(lane, ownersUsed)), null);
        assertThatThrownBy(() -> daw.apply(editor, project, batch(clipOp(lane, ownersOther)), null))
                .hasMessageContaining("neither in your library nor in this project");
        assertThatThrownBy(() -> daw.apply(stranger, project, batch(clipOp(lane, editorsOwn)), null))
                .isInstanceOf(DawProjectNotFoundException.class);
        assertThat(daw.open(viewer, project).clips()).hasSize(3);

        assertThat(daw.sourceLibraryOwner(viewer.id(), project, editorsOwn.id()))
                .hasValue(editor.id());
        assertThat(daw.sourceLibraryOwner(owner.id(), project, editorsOwn.id())).hasValue(editor.id());
        HttpSession ownerPage = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD);
        assertThat(ownerPage
                        .get(
                                "/media/daw/" + project + "/sources/" + editorsOwn.id()
                                        + "/mix/chunks/0?rate=48000&stretch=1",
                                null)
                        .statusCode())
                .isEqualTo(200);
        var editorsClip = daw.open(owner, project).clips().stream()
                .filter(c -> c.source().trackId().equals(editorsOwn.id()))
                .findFirst()
                .orElseThrow();
        assertThat(sources.streamsOfArrangement().open(editorsClip.source(), 48_000, 1))
                .isPresent();
    }

    private static String batch(String... ops) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[" + String.join(",", ops) + "]}";
    }

    private static String trackOp(String id) {
        return "{\"op\":\"add\",\"kind\":\"track\",\"id\":\"" + id + "\",\"value\":{}}";
    }

    private static String clipOp(String lane, Track source) {
        return "{\"op\":\"add\",\"kind\":\"clip\",\"id\":\"" + UUID.randomUUID() + "\",\"value\":{\"trackId\":\"" + lane
                + "\",\"source\":{\"trackId\":\"" + source.id() + "\",\"stem\":null}}}";
    }

    private Track importSine(Path work, UserAccount user, double hz) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(UUID.randomUUID() + ".wav"), 44_100, 2, 2, hz);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(user.id(), in, "sine.wav").track();
        }
    }

    @Test
    void onlyTheOwnerSharesDeletesOrExportsAndNobodyBecomesASecondOwner() {
        assertThatThrownBy(() -> daw.share(editor, project, stranger.username(), ProjectRole.EDITOR))
                .isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.unshare(editor, project, viewer.id()))
                .isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.delete(editor, project)).isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.startExport(viewer, project, "wav24", false))
                .isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.share(owner, project, owner.username(), ProjectRole.EDITOR))
                .hasMessageContaining("own this project");
        assertThatThrownBy(() -> daw.share(owner, project, "nobody-" + UUID.randomUUID(), ProjectRole.EDITOR))
                .hasMessageContaining("no user named");
        assertThatThrownBy(() -> daw.share(owner, project, stranger.username(), ProjectRole.OWNER))
                .hasMessageContaining("one owner");
        assertThat(daw.members(editor, project))
                .extracting(ProjectMember::username, ProjectMember::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(editor.username(), ProjectRole.EDITOR),
                        org.assertj.core.groups.Tuple.tuple(viewer.username(), ProjectRole.VIEWER));
    }

    @Test
    void aRoleChangeAndARemovalTakeEffectAtOnceAndReachTheirScreens() throws Exception {
        List<TopicMessage> editorList = new CopyOnWriteArrayList<>();
        try (var ignored = daw.subscribeToList(editor, editorList::add)) {
            daw.share(owner, project, editor.username(), ProjectRole.VIEWER);
            assertThatThrownBy(() -> daw.apply(editor, project, bpm(100), null))
                    .isInstanceOf(DawEditForbiddenException.class);

            daw.unshare(owner, project, editor.id());
            assertThatThrownBy(() -> daw.open(editor, project)).isInstanceOf(DawProjectNotFoundException.class);
            assertThat(daw.list(editor)).isEmpty();
            awaitTrue(() -> editorList.stream().anyMatch(m -> m.event().equals("project_deleted")));
        }
    }

    @Test
    void overRestViewersAreRefusedWith403AndTheOwnerManagesMembers() throws Exception {
        ApiClient ownerApi = ApiClient.forUser(port, keys, owner);
        ApiClient viewerApi = ApiClient.forUser(port, keys, viewer);
        ApiClient editorApi = ApiClient.forUser(port, keys, editor);
        String base = "/api/v1/daw/projects/" + project;

        ApiClient.Answer refused = viewerApi.postJson(base + "/operations", batchJson(90));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asString()).isEqualTo("forbidden");
        assertThat(editorApi.postJson(base + "/operations", batchJson(140)).status())
                .isEqualTo(200);
        assertThat(viewerApi.get(base).json().at("/bpm").asDouble()).isEqualTo(140.0);

        JsonNode list = viewerApi.get("/api/v1/daw/projects").json();
        assertThat(list.at("/0/role").asString()).isEqualTo("viewer");
        assertThat(editorApi
                        .putJson(base + "/members/" + stranger.username(), "{\"role\":\"editor\"}")
                        .status())
                .isEqualTo(404);
        assertThat(ownerApi.putJson(base + "/members/" + stranger.username(), "{\"role\":\"boss\"}")
                        .status())
                .isEqualTo(422);
        ApiClient.Answer shared = ownerApi.putJson(base + "/members/" + stranger.username(), "{\"role\":\"viewer\"}");
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.json().at("/role").asString()).isEqualTo("viewer");
        assertThat(viewerApi.get(base + "/members").json().findValuesAsString("username"))
                .containsExactlyInAnyOrder(editor.username(), viewer.username(), stranger.username());

        assertThat(ownerApi.delete(base + "/members/" + viewer.username()).status())
                .isEqualTo(204);
        assertThat(viewerApi.get(base).status()).isEqualTo(404);
        assertThat(ownerApi.delete(base + "/members/" + viewer.username()).status())
                .isEqualTo(404);
    }

    @Test
    void overTheChannelAViewerIsRefusedAndARemovedCollaboratorsChannelClosesAtOnce() throws Exception {
        PhoenixTestClient viewerSocket = socket(viewer);
        PhoenixTestClient editorSocket = socket(editor);
        String topic = "daw:project:" + project;
        assertThat(viewerSocket.join("1", topic).at("/4/status").asString()).isEqualTo("ok");
        assertThat(editorSocket.join("1", topic).at("/4/status").asString()).isEqualTo("ok");
        assertThat(socket(stranger).join("1", topic).at("/4/response/reason").asString())
                .isEqualTo("unauthorized");

        viewerSocket.push("1", "2", topic, "ops", batchJson(77));
        JsonNode reply = viewerSocket.nextExcept("presence_state", "presence_diff");
        assertThat(reply.at("/4/status").asString()).isEqualTo("error");
        assertThat(reply.at("/4/response/reason").asString()).isEqualTo("forbidden");

        daw.share(owner, project, viewer.username(), ProjectRole.EDITOR);
        JsonNode changed = viewerSocket.nextExcept("presence_state", "presence_diff");
        assertThat(changed.at("/3").asString()).isEqualTo("access_changed");
        assertThat(changed.at("/4/role").asString()).isEqualTo("editor");

        daw.unshare(owner, project, editor.id());
        JsonNode closed = editorSocket.nextExcept("presence_state", "presence_diff");
        assertThat(closed.at("/2").asString()).isEqualTo(topic);
        assertThat(closed.at("/3").asString()).isEqualTo("phx_close");
        editorSocket.push("1", "3", topic, "ops", batchJson(60));
        assertThat(editorSocket
                        .nextExcept("presence_state", "presence_diff")
                        .at("/4/status")
                        .asString())
                .isEqualTo("error");
        assertThat(daw.open(owner, project).settings().bpm()).isEqualTo(120.0);
        assertThat(editorSocket.join("4", topic).at("/4/response/reason").asString())
                .isEqualTo("unauthorized");
    }

    private PhoenixTestClient socket(UserAccount user) {
        PhoenixTestClient socket =
                PhoenixTestClient.connect(port, keys.create(user.id(), "k").rawKey());
        sockets.add(socket);
        return socket;
    }

    private static com.soundforge.daw.model.OpBatch bpm(double bpm) {
        return com.soundforge.daw.model.OperationCodec.batch(DawJson.parseClientJson(batchJson(bpm)));
    }

    private static String batchJson(double bpm) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\","
                + "\"value\":" + bpm + "}]}";
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
