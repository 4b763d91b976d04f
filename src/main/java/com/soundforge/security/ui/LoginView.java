package com.soundforge.security.ui;

import com.soundforge.security.RegistrationProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Sound Forge Alchemy")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(RegistrationProperties registration) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Sound Forge Alchemy"), form);
        if (registration.enabled()) {
            add(new Paragraph(new Anchor("register", "Create an account")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        List<String> throttled = query.getOrDefault("throttled", List.of());
        if (!throttled.isEmpty()) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage()
                    .setMessage("For your account's safety, wait " + seconds(throttled.getFirst()) + " and try again.");
        }
        form.setI18n(i18n);
        form.setError(query.containsKey("error") || !throttled.isEmpty());
    }

    private static String seconds(String value) {
        try {
            long seconds = Math.clamp(Long.parseLong(value), 1, 24 * 3600);
            return seconds == 1 ? "a second" : seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
        } catch (NumberFormatException e) {
            return "a little";
        }
    }
}
