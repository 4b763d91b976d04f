package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.soundforge.dj.DjService;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages in Chromium under the Content-Security-Policy: each works (push, playback, the DJ's audio
 * worklet, the spectator's channel) and the browser reports no violation.
 */
@SfaWebTest
class SecurityHeadersInTheBrowserTest {

    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + " e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";
    private static final String DECK_READY = "() => { const d = document.querySelector('#deck-0');"
            + " return !!(d && d.c && d.c.player && d.c.duration > 0); }";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    DjService dj;

    @TempDir
    Path files;

    final List<String> violations = new CopyOnWriteArrayList<>();

    @Test
    void theMainPagesWorkUnderThePolicyWithoutAnyViolation() throws Exception {
        UserAccount user = TestUsers.create(users);
        Path wav = TestMusic.writeMinorGroove(files.resolve("CSP - Groove.wav"), 120, 20);
        UUID trackId;
        try (InputStream in = Files.newInputStream(wav)) {
            trackId = imports.importAudio(user.id(), in, "CSP - Groove.wav")
                    .track()
                    .id();
        }
        UUID sessionId = dj.openLatest(user.id()).id();
        String share = dj.createShareLink(user.id(), sessionId);
        String base = "http://localhost:" + port;

        Page page = watched(browsers.browser().newContext(new Browser.NewContextOptions().setBaseURL(base)));
        Response login = page.navigate("/login");
        assertPageHeaders(login);
        page.locator("#vaadinLoginUsername input, input[name=username]").first().fill(user.username());
        page.locator("#vaadinLoginPassword input, input[name=password]").first().fill(TestUsers.PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForSelector("#track-grid");
        assertThat(page.locator("#track-grid vaadin-grid-cell-content")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Groove"))
                        .first())
                .isVisible();
        assertNoViolations(page, "dashboard");

        assertPageHeaders(page.navigate("/tracks/" + trackId));
        page.locator("#track-player #play").click();
        page.waitForFunction("() => document.querySelector('#track-player').isPlaying === true");
        assertNoViolations(page, "track page with playback");

        page.navigate("/dj");
        page.locator("vaadin-button[aria-label='Load CSP – Groove on deck 1']").click();
        page.waitForFunction(DECK_READY);
        page.locator("#deck-0 #play").click();
        page.waitForFunction("() => document.querySelector('#deck-0').audioState.playing === true");
        assertNoViolations(page, "DJ");

        page.navigate("/settings");
        assertThat(page.locator("vaadin-button").first()).isVisible();
        assertNoViolations(page, "settings");

        Page spectator = watched(browsers.browser().newContext(new Browser.NewContextOptions().setBaseURL(base)));
        assertPageHeaders(spectator.navigate("/watch/" + share));
        assertThat(spectator.locator("#spectator-watching")).containsText("watching");
        assertNoViolations(spectator, "spectator");
        assertThat(violations).as("console errors about the policy").isEmpty();
    }

    private Page watched(BrowserContext context) {
        context.setDefaultTimeout(30_000);
        context.addInitScript(RECORD_VIOLATIONS);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        return page;
    }

    private void assertNoViolations(Page page, String where) {
        page.waitForTimeout(500);
        Object reported = page.evaluate("() => window.__cspViolations");
        assertThat((List<?>) reported)
                .as("policy violations on the " + where + " page")
                .isEmpty();
        assertThat(violations)
                .as("console errors about the policy on the " + where + " page")
                .isEmpty();
    }

    private static void assertPageHeaders(Response response) {
        assertThat(response.headerValue("content-security-policy"))
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headerValue("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.headerValue("strict-transport-security"))
                .as("not over plain HTTP")
                .isNull();
    }
}
