package com.soundforge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SfaSpringTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void aThrottledSignInIsExplainedOnTheFormWithTheWait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "30"));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed sign-ins")
                .contains("wait 30 seconds");
    }

    @Test
    @WithAnonymousUser
    void aWrongPasswordKeepsTheUsualMessage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).doesNotContain("Too many");
    }
}
