package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class DawProjectsViewTest extends SpringBrowserlessTest {

    @Autowired
    DawService daw;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    private UserAccount me() {
        return users.findByUsername(BrowserlessUser.NAME).orElseThrow();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> names() {
        return daw.list(me()).stream().map(ProjectSummary::name).toList();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aNewProjectIsNamedInADialogAndOpensInTheEditor() {
        String name = unique("Night remix");
        DawProjectsView view = navigate(DawProjectsView.class);

        test(view.create).click();
        test($(TextField.class).withId("daw-name").single()).setValue(name);
        test($(Button.class).withId("daw-name-save").single()).click();

        assertThat(names()).contains(name);
        DawEditorView editor = $(DawEditorView.class).single();
        assertThat(editor.getPageTitle()).isEqualTo(name + " · Sound Forge Alchemy");
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void anEmptyNameIsRefusedOnTheFieldAndCreatesNothing() {
        DawProjectsView view = navigate(DawProjectsView.class);
        int before = daw.list(me()).size();

        test(view.create).click();
        TextField name = $(TextField.class).withId("daw-name").single();
        test(name).setValue("   ");
        test($(Button.class).withId("daw-name-save").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(daw.list(me())).hasSize(before);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void renameAndDuplicateChangeTheListWhichFollowsTheUsersProjectsTopic() {
        String name = unique("Sketch");
        daw.create(me(), name);
        DawProjectsView view = navigate(DawProjectsView.class);
        assertThat(broadcaster.subscriberCount(Topics.dawProjects(me().id()))).isPositive();

        test(action(view, name, "Rename")).click();
        test($(TextField.class).withId("daw-name").single()).setValue(name + " v2");
        test($(Button.class).withId("daw-name-save").single()).click();
        assertThat(names()).contains(name + " v2").doesNotContain(name);
        assertThat(shownNames(view)).contains(name + " v2");

        test(action(view, name + " v2", "Duplicate")).click();
        assertThat(names()).filteredOn(n -> n.startsWith(name + " v2")).hasSize(2);
        assertThat(shownNames(view)).filteredOn(n -> n.startsWith(name + " v2")).hasSize(2);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void deletingAsksFirstAndCancellingKeepsTheProject() {
        String name = unique("Doomed");
        daw.create(me(), name);
        DawProjectsView view = navigate(DawProjectsView.class);

        test(action(view, name, "Delete")).click();
        test($(ConfirmDialog.class).withId("daw-confirm-delete").single()).cancel();
        assertThat(names()).contains(name);

        test(action(view, name, "Delete")).click();
        test($(ConfirmDialog.class).withId("daw-confirm-delete").single()).confirm();
        assertThat(names()).doesNotContain(name);
        assertThat(shownNames(view)).doesNotContain(name);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void sharedProjectsShowWhoSharedThemAndOnlyTheActionsTheRoleAllows() {
        UserAccount nora = TestUsers.create(users);
        String mine = unique("Mine");
        String toEdit = unique("Nora's edit");
        String toView = unique("Nora's view");
        daw.create(me(), mine);
        daw.share(nora, daw.create(nora, toEdit).id(), me().username(), ProjectRole.EDITOR);
        daw.share(nora, daw.create(nora, toView).id(), me().username(), ProjectRole.VIEWER);
        DawProjectsView view = navigate(DawProjectsView.class);

        assertThat(cell(view, mine, "access")).isEqualTo("Yours");
        assertThat(cell(view, toEdit, "access")).isEqualTo("Shared by " + nora.username() + " · editor");
        assertThat(cell(view, toView, "access")).isEqualTo("Shared by " + nora.username() + " · viewer");
        assertThat(actions(view, mine)).containsExactly("Open", "Rename", "Duplicate", "Share…", "Delete");
        assertThat(actions(view, toEdit)).containsExactly("Open", "Rename");
        assertThat(actions(view, toView)).containsExactly("Open");
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aProjectSharedOrNoLongerSharedWhileTheListIsOpenComesAndGoesLive() throws InterruptedException {
        UserAccount nora = TestUsers.create(users);
        String name = unique("Arriving");
        ProjectSummary project = daw.create(nora, name);
        DawProjectsView view = navigate(DawProjectsView.class);
        assertThat(shownNames(view)).doesNotContain(name);

        daw.share(nora, project.id(), me().username(), ProjectRole.VIEWER);
        awaitShown(view, name, true);
        assertThat(actions(view, name)).containsExactly("Open");

        daw.share(nora, project.id(), me().username(), ProjectRole.EDITOR);
        for (int i = 0; i < 100 && actions(view, name).size() < 2; i++) {
            Thread.sleep(50);
            runAccessTasks();
        }
        assertThat(actions(view, name)).containsExactly("Open", "Rename");

        daw.unshare(nora, project.id(), me().id());
        awaitShown(view, name, false);
    }

    /** Runs what the broadcaster's threads handed to {@code ui.access} (a round trip here does not). */
    private static void runAccessTasks() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** The list follows its topic, whose messages arrive on the broadcaster's threads, inside {@code ui.access}. */
    private void awaitShown(DawProjectsView view, String name, boolean shown) throws InterruptedException {
        for (int i = 0; i < 100 && shownNames(view).contains(name) != shown; i++) {
            Thread.sleep(50);
            runAccessTasks();
        }
        assertThat(shownNames(view).contains(name)).as("%s shown", name).isEqualTo(shown);
    }

    private String cell(DawProjectsView view, String project, String column) {
        int row = shownNames(view).indexOf(project);
        assertThat(row).as("row of %s", project).isNotNegative();
        return test(view.grid).getCellText(row, columnIndex(view, column));
    }

    private static int columnIndex(DawProjectsView view, String key) {
        return view.grid.getColumns().indexOf(view.grid.getColumnByKey(key));
    }

    private List<String> actions(DawProjectsView view, String project) {
        int row = shownNames(view).indexOf(project);
        assertThat(row).as("row of %s", project).isNotNegative();
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(row, "actions");
        return actions.getChildren().map(b -> ((Button) b).getText()).toList();
    }

    private List<String> shownNames(DawProjectsView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellText(row, 0))
                .toList();
    }

    private Button action(DawProjectsView view, String project, String label) {
        int row = shownNames(view).indexOf(project);
        assertThat(row).as("row of %s", project).isNotNegative();
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(row, "actions");
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
