package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The owner's Share… dialog, opened from the project list, against the real service. */
@SfaSpringTest
@Import(BrowserlessUser.class)
class ShareDialogTest extends SpringBrowserlessTest {

    @Autowired
    DawService daw;

    @Autowired
    UserService users;

    private UserAccount me() {
        return users.findByUsername(BrowserlessUser.NAME).orElseThrow();
    }

    private ShareDialog openShare(ProjectSummary project) {
        DawProjectsView view = navigate(DawProjectsView.class);
        var grid = test(view.grid);
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(r -> grid.getCellText(r, 0).equals(project.name()))
                .findFirst()
                .orElseThrow();
        HorizontalLayout actions = (HorizontalLayout) grid.getCellComponent(row, "actions");
        Button share = actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Share…"))
                .findFirst()
                .orElseThrow();
        test(share).click();
        return $(ShareDialog.class).single();
    }

    private List<String> roles(UUID projectId) {
        return daw.members(me(), projectId).stream()
                .map(m -> m.username() + ":" + m.role().wire())
                .toList();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theOwnerAddsAMemberChangesTheirRoleAndRemovesThemAfterConfirming() {
        UserAccount nora = TestUsers.create(users);
        ProjectSummary project =
                daw.create(me(), "Shared " + UUID.randomUUID().toString().substring(0, 8));
        ShareDialog dialog = openShare(project);

        test(dialog.username).setValue(nora.username());
        test(dialog.role).selectItem("Viewer");
        test(dialog.add).click();
        assertThat(roles(project.id())).containsExactly(nora.username() + ":viewer");
        assertThat(dialog.username.getValue()).isEmpty();
        HorizontalLayout row = memberRow(dialog, nora);

        @SuppressWarnings("unchecked")
        Select<ProjectRole> role = (Select<ProjectRole>) row.getComponentAt(1);
        assertThat(role.getValue()).isEqualTo(ProjectRole.VIEWER);
        test(role).selectItem("Editor");
        assertThat(roles(project.id())).containsExactly(nora.username() + ":editor");

        Button remove = (Button) memberRow(dialog, nora).getComponentAt(2);
        test(remove).click();
        test($(ConfirmDialog.class).withId("daw-confirm-unshare").single()).cancel();
        assertThat(roles(project.id())).hasSize(1);
        test(remove).click();
        test($(ConfirmDialog.class).withId("daw-confirm-unshare").single()).confirm();
        assertThat(daw.members(me(), project.id())).isEmpty();
        assertThat(dialog.members.getChildren().filter(HorizontalLayout.class::isInstance))
                .isEmpty();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void anUnknownUsernameOrTheOwnerThemselfIsRefusedOnTheField() {
        ProjectSummary project =
                daw.create(me(), "Lonely " + UUID.randomUUID().toString().substring(0, 8));
        ShareDialog dialog = openShare(project);

        test(dialog.username).setValue("nobody-" + UUID.randomUUID());
        test(dialog.add).click();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).startsWith("There is no user named 'nobody-");

        test(dialog.username).setValue(BrowserlessUser.NAME);
        test(dialog.add).click();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("You own this project already.");
        assertThat(daw.members(me(), project.id())).isEmpty();
    }

    private static HorizontalLayout memberRow(ShareDialog dialog, UserAccount member) {
        return dialog.members
                .getChildren()
                .filter(HorizontalLayout.class::isInstance)
                .map(HorizontalLayout.class::cast)
                .filter(r -> member.username().equals(r.getElement().getAttribute("data-member")))
                .findFirst()
                .orElseThrow();
    }
}
