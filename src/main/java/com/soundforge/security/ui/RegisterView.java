package com.soundforge.security.ui;

import com.soundforge.security.RegistrationProperties;
import com.soundforge.security.Role;
import com.soundforge.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Self-registration; exists only while {@code sfa.registration.enabled} is true. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Sound Forge Alchemy")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    private final RegistrationProperties registration;
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Repeat password");
    final Paragraph result = new Paragraph();

    public RegisterView(RegistrationProperties registration, UserService users) {
        this.registration = registration;
        setAlignItems(Alignment.CENTER);
        Button create = new Button("Create account", e -> create(users));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H1("Create an account"),
                username,
                password,
                repeat,
                create,
                result,
                new Anchor("login", "Back to sign in"));
    }

    private void create(UserService users) {
        if (!password.getValue().equals(repeat.getValue())) {
            result.setText("The passwords differ.");
            return;
        }
        try {
            users.register(username.getValue().trim(), password.getValue(), Role.USER);
            result.setText("Account created. You can sign in now.");
        } catch (IllegalArgumentException e) {
            result.setText(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!registration.enabled()) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
