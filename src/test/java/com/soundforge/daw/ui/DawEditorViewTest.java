package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.daw.AccessChange;
import com.soundforge.daw.AppliedBatch;
import com.soundforge.daw.DawLive;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The editor page's side of the protocol: batches to the service, every applied batch back to the element once
 * and in order, refusals, resyncs and deletion. The element's own handling is tested in the browser.
 */
@SfaSpringTest
@Import(BrowserlessUser.class)
class DawEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    DawService daw;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    PresenceTracker presence;

    @Autowired
    DawLive live;

    private UserAccount me() {
        return users.findByUsername(BrowserlessUser.NAME).orElseThrow();
    }

    private static String setBpm(UUID batchId, double bpm) {
        return "{\"id\":\"" + batchId + "\",\"ops\":[{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":"
                + bpm + "}]}";
    }

    private DawEditorView open(ProjectSummary project) {
        return navigate("daw/" + project.id(), DawEditorView.class);
    }

    private static String topic(ProjectSummary project) {
        return "daw:project:" + project.id();
    }

    private static TopicMessage message(ProjectSummary project, AppliedBatch batch) {
        return new TopicMessage(topic(project), "ops", batch, batch.origin(), Instant.now());
    }

    private static List<String> sent(DawEditorView view, String call) {
        return view.sentToElement.stream().filter(s -> s.startsWith(call + " ")).toList();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theEditorGetsTheProjectWhileFollowingItsTopicAndItsNameIsThePageTitle() {
        ProjectSummary project = daw.create(me(), "Load me");
        int before = broadcaster.subscriberCount(topic(project));
        long seq = daw.open(me(), project.id()).seq();
        DawEditorView view = open(project);

        assertThat(view.getPageTitle()).isEqualTo("Load me · Sound Forge Alchemy");
        assertThat(view.editor.getElement().getProperty("projectId"))
                .isEqualTo(project.id().toString());
        assertThat(sent(view, "load")).containsExactly("load " + seq);
        assertThat(broadcaster.subscriberCount(topic(project))).isEqualTo(before + 1);
        assertThat(view.libraryPanel.grid.isRowsDraggable()).isTrue();
        assertThat(presence.state(topic(project)).get(BrowserlessUser.NAME).get("metas"))
                .singleElement()
                .satisfies(meta -> assertThat(meta)
                        .containsEntry("kind", "page")
                        .containsEntry("color", DawLive.colorOf(me().id())));

        navigate(DawProjectsView.class);
        assertThat(broadcaster.subscriberCount(topic(project))).isEqualTo(before);
        assertThat(presence.state(topic(project)))
                .as("the page left the project's presence")
                .isEmpty();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void everyAppliedBatchReachesTheElementOnceInServerOrderItsOwnIncluded() {
        ProjectSummary project = daw.create(me(), "Batches");
        DawEditorView view = open(project);

        ComponentUtil.fireEvent(view.editor, new DawEditor.OpsEvent(view.editor, true, setBpm(UUID.randomUUID(), 126)));
        assertThat(daw.open(me(), project.id()).settings().bpm()).isEqualTo(126);

        AppliedBatch mine = daw.apply(me(), project.id(), setBpm(UUID.randomUUID(), 128), view.originId);
        AppliedBatch theirs = daw.apply(me(), project.id(), setBpm(UUID.randomUUID(), 130), "another-tab");
        // what the subscription hands over inside ui.access (it may have delivered them already), one twice
        view.onProjectMessage(message(project, mine));
        view.onProjectMessage(message(project, theirs));
        view.onProjectMessage(message(project, mine));

        List<String> forwarded = sent(view, "serverBatch").stream()
                .filter(s -> s.contains(mine.batch().toString())
                        || s.contains(theirs.batch().toString()))
                .toList();
        assertThat(forwarded)
                .containsExactly(
                        "serverBatch " + mine.seq() + " " + mine.batch(),
                        "serverBatch " + theirs.seq() + " " + theirs.batch());
        assertThat(sent(view, "refused")).isEmpty();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aRefusedBatchIsRolledBackAndChangesNothing() {
        ProjectSummary project = daw.create(me(), "Refusals");
        DawEditorView view = open(project);
        UUID batch = UUID.randomUUID();

        ComponentUtil.fireEvent(view.editor, new DawEditor.OpsEvent(view.editor, true, setBpm(batch, 5000)));
        ComponentUtil.fireEvent(view.editor, new DawEditor.OpsEvent(view.editor, true, "{not json"));

        assertThat(sent(view, "refused")).containsExactly("refused " + batch, "refused ");
        assertThat(daw.open(me(), project.id()).settings().bpm()).isEqualTo(120);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aResyncSendsTheBatchesMissedOrTheStateAndADeletedProjectSendsTheUserToTheList() {
        ProjectSummary project = daw.create(me(), "Resync");
        long seq = daw.open(me(), project.id()).seq();
        DawEditorView view = open(project);
        AppliedBatch missed = daw.apply(me(), project.id(), setBpm(UUID.randomUUID(), 90), "another-tab");
        AppliedBatch next = daw.apply(me(), project.id(), setBpm(UUID.randomUUID(), 91), "another-tab");
        view.sentToElement.clear();

        ComponentUtil.fireEvent(view.editor, new DawEditor.ResyncEvent(view.editor, true, seq));
        assertThat(view.sentToElement)
                .as("what the element missed, in order, without the whole state")
                .containsSubsequence(
                        "serverBatch " + missed.seq() + " " + missed.batch(),
                        "serverBatch " + next.seq() + " " + next.batch())
                .noneMatch(call -> call.startsWith("load "));

        ComponentUtil.fireEvent(view.editor, new DawEditor.ResyncEvent(view.editor, true, next.seq() + 50));
        assertThat(sent(view, "load"))
                .as("an element ahead of the server starts again from the state")
                .containsExactly("load " + next.seq());

        daw.delete(me(), project.id());
        view.onProjectMessage(new TopicMessage(topic(project), "deleted", project.id(), null, Instant.now()));
        assertThat($(DawProjectsView.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    @SuppressWarnings("unchecked")
    void theOthersPresencePointersAndDragsReachTheElementAndItsOwnGoToTheOthersOnly() {
        ProjectSummary project = daw.create(me(), "Together");
        UserAccount nora = TestUsers.create(users);
        daw.share(me(), project.id(), nora.username(), ProjectRole.EDITOR);
        DawEditorView view = open(project);
        assertThat(sent(view, "startLive")).hasSize(1);
        List<TopicMessage> heard = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe(topic(project), heard::add);
        try (DawLive.Screen noraScreen = live.join(nora, project.id(), "channel")) {
            noraScreen.cursor(null, 4, null, false);
            noraScreen.preview(List.of(Map.of(
                    "op", "set", "kind", "track", "id", UUID.randomUUID().toString(), "prop", "pan", "value", 0.5)));
            List<TopicMessage> fromNora = awaitHeard(heard, 3);
            fromNora.forEach(view::onProjectMessage);
            assertThat(view.sentToElement).contains("live presence_diff", "live cursor", "live preview");

            heard.clear();
            view.sentToElement.clear();
            ComponentUtil.fireEvent(view.editor, new DawEditor.CursorEvent(view.editor, true, """
                    {"track":null,"time":2.5,"playhead":1,"playing":true,"view":{"start":0,"end":30}}"""));
            ComponentUtil.fireEvent(
                    view.editor, new DawEditor.PresenceEvent(view.editor, true, """
                    {"selection":[],"editing":null,"following":"%s"}""".formatted(nora.username())));
            ComponentUtil.fireEvent(view.editor, new DawEditor.CursorEvent(view.editor, true, "{\"time\":-1}"));
            ComponentUtil.fireEvent(view.editor, new DawEditor.PreviewEvent(view.editor, true, "[1,2"));
            List<TopicMessage> mine = awaitHeard(heard, 2);
            assertThat(mine)
                    .filteredOn(m -> m.event().equals(DawLive.CURSOR))
                    .singleElement()
                    .satisfies(m -> assertThat((Map<Object, Object>) m.payload())
                            .containsEntry("user", BrowserlessUser.NAME)
                            .containsEntry("time", 2.5)
                            .containsEntry("view", Map.of("start", 0.0, "end", 30.0)));
            assertThat(presence.state(topic(project)).get(BrowserlessUser.NAME).get("metas"))
                    .singleElement()
                    .satisfies(meta -> assertThat(meta).containsEntry("following", nora.username()));
            mine.forEach(view::onProjectMessage);
            assertThat(view.sentToElement)
                    .as("its own cursor does not come back to it; the malformed messages went nowhere")
                    .contains("live presence_diff")
                    .doesNotContain("live cursor", "live preview");
        } finally {
            subscription.close();
        }
    }

    /** The first {@code count} messages a subscription heard, waiting up to 5 s for them. */
    private static List<TopicMessage> awaitHeard(List<TopicMessage> heard, int count) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (heard.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(heard).hasSizeGreaterThanOrEqualTo(count);
        return List.copyOf(heard.subList(0, count));
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void someoneElsesProjectOrAMalformedIdShowsNoSuchProject() {
        UserAccount other = TestUsers.create(users);
        ProjectSummary theirs = daw.create(other, "Not yours");

        DawEditorView view = open(theirs);
        assertThat($(Paragraph.class).withId("daw-missing").single().getText()).contains("does not exist");
        assertThat(view.getPageTitle()).startsWith("No such project");
        assertThat(view.sentToElement).isEmpty();
        assertThat(broadcaster.subscriberCount(topic(theirs))).isZero();

        DawEditorView malformed = navigate("daw/not-a-uuid", DawEditorView.class);
        assertThat(malformed.getPageTitle()).startsWith("No such project");
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aViewerGetsTheEditorReadOnlyWithoutLibraryOrExportAndBeingPromotedMakesItEditableWhileOpen() {
        UserAccount owner = TestUsers.create(users);
        ProjectSummary project = daw.create(owner, "Look only");
        daw.share(owner, project.id(), BrowserlessUser.NAME, ProjectRole.VIEWER);
        DawEditorView view = open(project);

        assertThat(view.editor.getElement().getProperty("readOnly", false)).isTrue();
        assertThat(view.header.viewOnly.isVisible()).isTrue();
        assertThat(view.header.share.isVisible()).isFalse();
        assertThat(view.libraryPanel.isVisible()).isFalse();
        assertThat($(ExportArea.class).exists()).as("no visible export area").isFalse();

        daw.share(owner, project.id(), BrowserlessUser.NAME, ProjectRole.EDITOR);
        view.onProjectMessage(accessChanged(project, me().id(), ProjectRole.EDITOR));
        assertThat(view.editor.getElement().getProperty("readOnly", true)).isFalse();
        assertThat(view.header.viewOnly.isVisible()).isFalse();
        assertThat(view.libraryPanel.isVisible()).isTrue();
        assertThat($(ExportArea.class).exists()).as("only the owner exports").isFalse();

        view.onProjectMessage(accessChanged(project, UUID.randomUUID(), ProjectRole.VIEWER));
        assertThat(view.role()).as("someone else's change").isEqualTo(ProjectRole.EDITOR);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theOwnerSharesFromTheEditorsHeader() {
        ProjectSummary project = daw.create(me(), "Mine to share");
        DawEditorView view = open(project);

        assertThat(view.editor.getElement().getProperty("readOnly", true)).isFalse();
        assertThat(view.header.viewOnly.isVisible()).isFalse();
        assertThat($(ExportArea.class).single().isVisible()).isTrue();
        test(view.header.share).click();
        assertThat($(ShareDialog.class).single().isOpened()).isTrue();
    }

    private static TopicMessage accessChanged(ProjectSummary project, UUID userId, ProjectRole role) {
        return new TopicMessage(
                topic(project), DawService.ACCESS_CHANGED, new AccessChange(userId, role), null, Instant.now());
    }
}
