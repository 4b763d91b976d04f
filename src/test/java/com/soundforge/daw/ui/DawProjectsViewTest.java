package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
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
