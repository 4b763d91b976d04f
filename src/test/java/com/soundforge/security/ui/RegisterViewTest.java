package com.soundforge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.RegistrationProperties;
import com.soundforge.security.Role;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithAnonymousUser
    void registrationIsOffByDefault() {
        UI.getCurrent().navigate("register");
        assertThat(getCurrentView()).isNotInstanceOf(RegisterView.class);
    }

    @Test
    @WithAnonymousUser
    void whenSwitchedOnAVisitorCreatesAnAccountThatCanSignIn() {
        RegisterView view = new RegisterView(new RegistrationProperties(true), users);
        UI.getCurrent().add(view);
        String name = "visitor" + UUID.randomUUID().toString().substring(0, 8);

        test(fields(view, TextField.class)).setValue(name);
        view.getChildren()
                .filter(PasswordField.class::isInstance)
                .map(PasswordField.class::cast)
                .forEach(field -> test(field).setValue("a-long-enough-password"));
        test(view.getChildren()
                        .filter(Button.class::isInstance)
                        .map(Button.class::cast)
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .contains("Account created. You can sign in now.");
        assertThat(users.findByUsername(name))
                .get()
                .extracting(UserAccount::role)
                .isEqualTo(Role.USER);
    }

    private static <T> T fields(RegisterView view, Class<T> type) {
        return view.getChildren()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }
}
