package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Login CSRF: another site must not be able to sign a visitor's browser in (to an account of its choosing). */
@SfaWebTest
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void aCrossSiteLoginPostWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        UserAccount user = TestUsers.create(users);
        HttpSession browser = HttpSession.anonymous(port);
        browser.get("/login", null);

        HttpResponse<String> login = browser.postLogin(
                user.username(),
                TestUsers.PASSWORD,
                null,
                "Origin",
                "https://evil.example",
                "Referer",
                "https://evil.example/page");

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(signedIn(browser)).isFalse();
    }

    /** /media/** needs a signed-in user: anonymous requests are sent to the login page, signed-in ones get 404. */
    static boolean signedIn(HttpSession browser) throws Exception {
        return browser.get("/media/nothing-here", null).statusCode() != 302;
    }

    @Test
    void aWrongTokenIsRefusedAndTheLoginPagesOwnTokenSignsIn() throws Exception {
        UserAccount user = TestUsers.create(users);
        HttpSession browser = HttpSession.anonymous(port);
        String token = browser.loginPageCsrfToken();

        assertThat(browser.postLogin(user.username(), TestUsers.PASSWORD, "forged")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> login = browser.postLogin(user.username(), TestUsers.PASSWORD, token);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn(browser)).isTrue();
    }
}
