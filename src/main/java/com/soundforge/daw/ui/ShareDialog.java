package com.soundforge.daw.ui;

import com.soundforge.daw.DawProjectNotFoundException;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectMember;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.security.UserAccount;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;

/**
 * The owner shares a project: adds someone by username as editor or viewer, changes a member's role, or takes
 * their access away (after a confirmation). What the service refuses is shown in the dialog.
 */
class ShareDialog extends Dialog {

    final TextField username = new TextField("Username");
    final Select<ProjectRole> role = roleSelect();
    final Button add = new Button("Add", e -> add());
    final VerticalLayout members = new VerticalLayout();
    final Paragraph error = new Paragraph();
    private final transient DawService daw;
    private final UserAccount owner;
    private final UUID projectId;

    ShareDialog(DawService daw, UserAccount owner, UUID projectId, String projectName) {
        this.daw = daw;
        this.owner = owner;
        this.projectId = projectId;
        setHeaderTitle("Share “" + projectName + "”");
        setId("daw-share-dialog");
        username.setId("daw-share-username");
        username.setWidth("14em");
        role.setId("daw-share-role");
        role.setValue(ProjectRole.EDITOR);
        add.setId("daw-share-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickShortcut(Key.ENTER);
        HorizontalLayout invite = new HorizontalLayout(username, role, add);
        invite.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        members.setId("daw-share-members");
        members.setPadding(false);
        members.setSpacing(false);
        error.setId("daw-share-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(invite, error, members);
        getFooter().add(new Button("Close", e -> close()));
        showMembers();
    }

    private static Select<ProjectRole> roleSelect() {
        Select<ProjectRole> select = new Select<>();
        select.setItems(ProjectRole.EDITOR, ProjectRole.VIEWER);
        select.setItemLabelGenerator(r -> r == ProjectRole.EDITOR ? "Editor" : "Viewer");
        select.setWidth("8em");
        return select;
    }

    private void add() {
        try {
            daw.share(owner, projectId, username.getValue(), role.getValue());
            username.clear();
            username.setInvalid(false);
            showMembers();
        } catch (InvalidOperationException e) {
            username.setErrorMessage(e.reason());
            username.setInvalid(true);
        } catch (DawProjectNotFoundException e) {
            gone();
        }
    }

    private void showMembers() {
        members.removeAll();
        try {
            var list = daw.members(owner, projectId);
            if (list.isEmpty()) {
                members.add(new Paragraph("Only you have access."));
            }
            list.forEach(m -> members.add(row(m)));
        } catch (DawProjectNotFoundException e) {
            gone();
        }
    }

    private HorizontalLayout row(ProjectMember member) {
        Span name = new Span(member.username());
        Select<ProjectRole> memberRole = roleSelect();
        memberRole.setValue(member.role());
        memberRole.setAriaLabel("Role of " + member.username());
        memberRole.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(member, e.getValue());
            }
        });
        Button remove = new Button("Remove", e -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.getElement().setAttribute("aria-label", "Remove " + member.username());
        HorizontalLayout row = new HorizontalLayout(name, memberRole, remove);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setFlexGrow(1, name);
        row.setWidthFull();
        row.getElement().setAttribute("data-member", member.username());
        return row;
    }

    private void change(ProjectMember member, ProjectRole newRole) {
        try {
            daw.share(owner, projectId, member.username(), newRole);
            error.setVisible(false);
        } catch (InvalidOperationException e) {
            showError(e.reason());
        } catch (DawProjectNotFoundException e) {
            gone();
            return;
        }
        showMembers();
    }

    private void confirmRemove(ProjectMember member) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Stop sharing with " + member.username() + "?",
                "They lose access at once; their open screens of this project close.",
                "Remove",
                e -> remove(member));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("daw-confirm-unshare");
        confirm.open();
    }

    private void remove(ProjectMember member) {
        try {
            daw.unshare(owner, projectId, member.userId());
            error.setVisible(false);
            showMembers();
        } catch (DawProjectNotFoundException e) {
            gone();
        }
    }

    private void gone() {
        showError("This project no longer exists, or it is not yours to share.");
        members.removeAll();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
