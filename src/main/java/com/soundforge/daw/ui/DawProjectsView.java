package com.soundforge.daw.ui;

import com.soundforge.daw.DawProjectNotFoundException;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.realtime.Subscription;
import com.soundforge.security.CurrentUser;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The user's DAW projects and those shared with them: create, open, rename, duplicate, delete and share, as the
 * user's role in each allows. The list is read when the screen is attached and again whenever the user's project
 * list topic says a project changed, arrived (shared with them) or went (deleted, or no longer shared), in any tab.
 */
@Route("daw")
@Menu(title = "DAW", order = 6)
@PageTitle("DAW · Sound Forge Alchemy")
@PermitAll
public class DawProjectsView extends VerticalLayout {

    private static final DateTimeFormatter CHANGED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<ProjectSummary> grid = new Grid<>();
    final Button create = new Button("New project");
    final Paragraph empty = new Paragraph("No projects yet. Create one, or start from a track's page.");
    private final transient DawService daw;
    private final transient UserService users;
    private final UserAccount user;
    /** Owners' usernames by id, for the shared projects' marker. */
    private final Map<UUID, String> ownerNames = new HashMap<>();

    private @Nullable Subscription feed;

    public DawProjectsView(DawService daw, UserService users, CurrentUser currentUser) {
        this.daw = daw;
        this.users = users;
        this.user = currentUser.require();
        setId("daw-projects-view");
        setSizeFull();
        create.setId("daw-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new ProjectNameDialog("New project", "Create", "Untitled", this::create).open());
        empty.setId("daw-no-projects");
        grid.setId("daw-projects");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setHeader("Name").setFlexGrow(3);
        grid.addColumn(this::access).setKey("access").setHeader("Access").setFlexGrow(2);
        grid.addColumn(p -> Bpm.format(p.bpm())).setHeader("BPM").setFlexGrow(0).setWidth("90px");
        grid.addColumn(ProjectSummary::tracks)
                .setHeader("Tracks")
                .setFlexGrow(0)
                .setWidth("90px");
        grid.addColumn(p -> CHANGED.format(p.updatedAt()))
                .setHeader("Last change")
                .setFlexGrow(0)
                .setWidth("170px");
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("460px");
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(new H2("DAW projects"), create, empty, grid);
        setFlexGrow(1, grid);
        addAttachListener(e -> {
            closeFeed();
            feed = daw.subscribeToList(user, UiDelivery.to(e.getUI(), message -> refresh()));
            refresh();
        });
        addDetachListener(e -> closeFeed());
    }

    private void closeFeed() {
        Subscription current = feed;
        feed = null;
        if (current != null) {
            current.close();
        }
    }

    /** "Yours", or who shared the project and as what: "Shared by nora · editor". */
    private String access(ProjectSummary project) {
        if (project.role() == ProjectRole.OWNER) {
            return "Yours";
        }
        String owner = ownerNames.computeIfAbsent(
                project.ownerId(),
                id -> users.findById(id).map(UserAccount::username).orElse("someone"));
        return "Shared by " + owner + " · " + project.role().wire();
    }

    /** Open for everyone; rename for those who may edit; duplicate, share and delete for the owner only. */
    private HorizontalLayout actions(ProjectSummary project) {
        List<Button> allowed = new ArrayList<>();
        allowed.add(action("Open", project, () -> open(project)));
        if (project.role().canEdit()) {
            allowed.add(action("Rename", project, () -> rename(project)));
        }
        if (project.role() == ProjectRole.OWNER) {
            allowed.add(action("Duplicate", project, () -> duplicate(project)));
            allowed.add(action("Share…", project, () -> share(project)));
            allowed.add(action("Delete", project, () -> confirmDelete(project)));
        }
        HorizontalLayout buttons = new HorizontalLayout(allowed.toArray(Button[]::new));
        buttons.setSpacing(false);
        return buttons;
    }

    private static Button action(String label, ProjectSummary project, Runnable run) {
        Button button = new Button(label, e -> run.run());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        if ("Delete".equals(label)) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.getElement().setAttribute("aria-label", label.replace("…", "") + " " + project.name());
        return button;
    }

    void refresh() {
        List<ProjectSummary> projects = daw.list(user);
        grid.setItems(projects);
        empty.setVisible(projects.isEmpty());
    }

    private void create(String name) {
        ProjectSummary project = daw.create(user, name);
        open(project);
    }

    private void open(ProjectSummary project) {
        getUI().ifPresent(ui -> ui.navigate(
                DawEditorView.class,
                new RouteParameters("projectId", project.id().toString())));
    }

    private void rename(ProjectSummary project) {
        new ProjectNameDialog(
                        "Rename project",
                        "Rename",
                        project.name(),
                        name -> gone(() -> {
                            daw.rename(user, project.id(), name);
                            refresh();
                        }))
                .open();
    }

    private void duplicate(ProjectSummary project) {
        gone(() -> {
            daw.duplicate(user, project.id());
            refresh();
        });
    }

    private void share(ProjectSummary project) {
        new ShareDialog(daw, user, project.id(), project.name()).open();
    }

    private void confirmDelete(ProjectSummary project) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete “" + project.name() + "”?",
                "The project and its history are removed for good. Your library tracks and stems stay.",
                "Delete",
                e -> gone(() -> {
                    daw.delete(user, project.id());
                    refresh();
                }));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("daw-confirm-delete");
        dialog.open();
    }

    /** Runs an action on a listed project; one that another tab deleted meanwhile just leaves the list. */
    private void gone(Runnable action) {
        try {
            action.run();
        } catch (DawProjectNotFoundException e) {
            Notification.show("That project no longer exists.");
            refresh();
        }
    }
}
