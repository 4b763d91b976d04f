package com.soundforge.daw.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.daw.AccessChange;
import com.soundforge.daw.AppliedBatch;
import com.soundforge.daw.DawEditForbiddenException;
import com.soundforge.daw.DawLive;
import com.soundforge.daw.DawProjectNotFoundException;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.ObjectKind;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.library.LibraryService;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.CurrentUser;
import com.soundforge.security.UserAccount;
import com.soundforge.separation.SeparationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One project in the editor. The element applies the user's edits at once and sends each gesture's batch here;
 * the service checks, numbers and publishes it. While attached this screen follows the project's topic and hands
 * the element every applied batch in the server's order, its own included (their arrival confirms them).
 * A viewer gets the element read-only and neither library nor export; a change of role applies while open.
 */
@Route("daw/:projectId")
@PermitAll
public class DawEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DawEditorView.class);
    private static final String APP = " · Sound Forge Alchemy";

    /** This screen's id, the origin of its batches. */
    final String originId = UUID.randomUUID().toString();

    final DawEditor editor = new DawEditor();
    final DawLibraryPanel libraryPanel;
    final EditorHeader header = new EditorHeader(this::openShare);
    private final transient DawService daw;
    private final UserAccount user;
    private final transient ElementSync sync;
    /** What this screen sent the element, newest last ({@link ElementSync#sent}, for tests). */
    final List<String> sentToElement;

    private @Nullable UUID projectId;
    private @Nullable Subscription feed;
    private transient DawLive.@Nullable Screen presence;
    private final transient DawLive live;
    private @Nullable EditorWorkspace workspace;
    private @Nullable ProjectRole role;
    private String title = "DAW";

    public DawEditorView(
            DawService daw,
            CurrentUser currentUser,
            LibraryService library,
            SeparationService separation,
            AnalysisService analysis,
            DawLive live) {
        this.daw = daw;
        this.live = live;
        this.user = currentUser.require();
        this.sync = new ElementSync(editor, daw);
        this.sentToElement = sync.sent;
        this.libraryPanel = new DawLibraryPanel(library, separation, analysis, user.id());
        setId("daw-editor-view");
        setSizeFull();
        setPadding(false);
        editor.setId("daw-editor");
        editor.addOpsListener(e -> apply(e.batch()));
        editor.addResyncListener(e -> catchUp(e.seq()));
        editor.addLiveListener(e -> fromPage(e.event(), e.json()));
        addAttachListener(e -> openFeed(e.getUI()));
        addDetachListener(e -> closeFeed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        closeFeed();
        removeAll();
        try {
            UUID id =
                    UUID.fromString(event.getRouteParameters().get("projectId").orElse(""));
            ProjectState state = daw.open(user, id);
            ProjectRole yours = daw.roleOf(user, id);
            projectId = id;
            show(state);
            showRole(yours);
            getUI().filter(ui -> isAttached()).ifPresent(this::openFeed);
        } catch (IllegalArgumentException | DawProjectNotFoundException e) {
            showMissing();
        }
    }

    private void show(ProjectState state) {
        title = state.settings().name();
        editor.setProjectId(state.id().toString());
        editor.setSizeFull();
        sync.load(state);
        workspace = new EditorWorkspace(editor, libraryPanel, new ExportArea(daw, user, state.id()));
        add(header, workspace);
    }

    /** What the user's role allows: editing in the element, the library to drop from, export and sharing. */
    private void showRole(ProjectRole yours) {
        role = yours;
        editor.setReadOnly(!yours.canEdit());
        header.showRole(yours);
        libraryPanel.setVisible(yours.canEdit());
        if (workspace != null) {
            workspace.showRole(yours);
        }
    }

    /** The role this screen shows (null when no project is open). */
    @Nullable
    ProjectRole role() {
        return role;
    }

    private void openShare() {
        UUID id = projectId;
        if (id != null && role == ProjectRole.OWNER) {
            new ShareDialog(daw, user, id, title).open();
        }
    }

    private void showMissing() {
        projectId = null;
        role = null;
        title = "No such project";
        Paragraph reason = new Paragraph("This project does not exist, or it is not yours.");
        reason.setId("daw-missing");
        add(new H2("No such project"), reason, new Anchor("daw", "Back to your projects"));
    }

    void apply(String batchJson) {
        UUID id = projectId;
        if (id == null) {
            return;
        }
        try {
            daw.apply(user, id, batchJson, originId);
        } catch (InvalidOperationException e) {
            sync.refuse(batchJson, e.reason());
        } catch (DawEditForbiddenException e) {
            sync.refuse(batchJson, e.getMessage());
        } catch (DawProjectNotFoundException e) {
            projectGone("This project was deleted, or it is no longer shared with you.");
        } catch (RuntimeException e) {
            log.warn("Could not apply a DAW batch to project {}", id, e);
            sync.refuse(batchJson, "The server could not apply this change.");
        }
    }

    /**
     * The element knows the project up to {@code seq} (a gap in the batches, or its connection came back): it gets
     * the batches since, or the whole state when they are too many.
     */
    void catchUp(long seq) {
        UUID id = projectId;
        if (id == null) {
            return;
        }
        try {
            ProjectState state = daw.open(user, id);
            if (seq < 0) {
                sync.load(state);
                restartLive();
            } else {
                sync.catchUp(state, seq, () -> daw.batchesAfter(user, id, seq));
            }
        } catch (DawProjectNotFoundException e) {
            projectGone("This project was deleted.");
        }
    }

    /** An element that has nothing (Vaadin made it again after a resynchronization) gets its live layer again. */
    private void restartLive() {
        DawLive.Screen screen = presence;
        if (screen != null) {
            sync.startLive(screen);
        }
    }

    /** The project's latest sequence number, so that a batch lost on the way to the element is noticed there. */
    void sendServerSeq() {
        UUID id = projectId;
        if (id == null) {
            return;
        }
        try {
            sync.serverSeq(daw.open(user, id).seq());
        } catch (DawProjectNotFoundException e) {
            projectGone("This project was deleted, or it is no longer shared with you.");
        }
    }

    /** This screen's pointer, presence or drag preview, for the others; a malformed one is dropped. */
    void fromPage(String event, String json) {
        DawLive.Screen screen = presence;
        if (screen == null) {
            return;
        }
        try {
            screen.receive(event, json);
        } catch (InvalidOperationException | DawEditForbiddenException e) {
            log.debug("Dropped a live message {} from a DAW page: {}", event, e.getMessage());
        }
    }

    private void openFeed(UI ui) {
        closeFeed();
        UUID id = projectId;
        if (id == null) {
            return;
        }
        try {
            feed = daw.subscribe(user, id, UiDelivery.to(ui, this::onProjectMessage));
            DawLive.Screen screen = live.join(user, id, "page");
            presence = screen;
            screen.onBeat(() -> ui.access(this::sendServerSeq));
            sync.startLive(screen);
        } catch (DawProjectNotFoundException e) {
            projectGone("This project was deleted.");
        }
    }

    private void closeFeed() {
        Subscription current = feed;
        feed = null;
        if (current != null) {
            current.close();
        }
        DawLive.Screen screen = presence;
        presence = null;
        if (screen != null) {
            screen.close();
        }
    }

    void onProjectMessage(TopicMessage message) {
        DawLive.Screen screen = presence;
        if (projectId == null || (screen != null && message.cameFrom(screen.id()))) {
            return;
        }
        switch (message.event()) {
            case PresenceTracker.DIFF, DawLive.CURSOR, DawLive.PREVIEW -> sync.live(message.event(), message.payload());
            case "ops" -> {
                if (message.payload() instanceof AppliedBatch batch && sync.deliver(batch)) {
                    followName(batch);
                }
            }
            case "deleted" -> projectGone("This project was deleted.");
            case DawService.ACCESS_CHANGED -> {
                if (message.payload() instanceof AccessChange change
                        && change.userId().equals(user.id())) {
                    ProjectRole changed = change.role();
                    if (changed == null) {
                        projectGone("The owner no longer shares this project with you.");
                    } else if (changed != role) {
                        if (presence != null) {
                            presence.roleChanged(changed);
                        }
                        showRole(changed);
                        Notification.show(
                                "You can now " + (changed.canEdit() ? "edit" : "only view") + " this project.");
                    }
                }
            }
            case "export_progress" -> {
                if (workspace != null) {
                    workspace.exportArea().onProgress(message.payload());
                }
            }
            default -> {}
        }
    }

    /** Keeps the page title on the project's name when an edit renames it. */
    private void followName(AppliedBatch batch) {
        for (Operation op : batch.ops()) {
            if (op instanceof Operation.Set set
                    && set.kind() == ObjectKind.PROJECT
                    && "name".equals(set.prop())
                    && set.value() instanceof String name) {
                title = name;
                getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            }
        }
    }

    private void projectGone(String why) {
        closeFeed();
        projectId = null;
        Notification.show(why);
        getUI().ifPresent(ui -> ui.navigate(DawProjectsView.class));
    }

    @Override
    public String getPageTitle() {
        return title + APP;
    }
}
