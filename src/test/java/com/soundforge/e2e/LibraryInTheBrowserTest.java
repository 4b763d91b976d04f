package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.soundforge.audio.TestAudio;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaWebTest
class LibraryInTheBrowserTest {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @TempDir
    Path files;

    @Test
    void aUserUploadsATrackSeesItInBothTabsOpensItAndPlaysIt() throws Exception {
        UserAccount user = TestUsers.create(users);
        String base = "http://localhost:" + port;
        Page tab = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        Page otherTab = browsers.signIn(base, user.username(), TestUsers.PASSWORD);

        Path wav = files.resolve("E2E Artist - Sunrise Tone.wav");
        TestAudio.writeSineWav(wav, 44_100, 2, 4.0, 440.0);
        tab.locator("#track-upload input[type=file]").setInputFiles(wav);

        assertThat(tab.locator("#upload-results")).containsText("imported as");
        assertThat(gridCell(tab, "Sunrise Tone")).isVisible();
        assertThat(gridCell(otherTab, "Sunrise Tone")).isVisible();
        assertThat(gridCell(otherTab, "E2E Artist")).isVisible();

        tab.locator("a[aria-label='Open E2E Artist – Sunrise Tone']").click();
        assertThat(tab.locator("#track-title")).hasText("Sunrise Tone");
        tab.locator("#track-player #play").click();
        tab.waitForFunction("() => document.querySelector('#track-player').isPlaying === true");
        double first =
                ((Number) tab.evaluate("() => document.querySelector('#track-player').currentPosition")).doubleValue();
        tab.waitForFunction("p => document.querySelector('#track-player').currentPosition > p + 0.3", first);

        otherTab.locator("vaadin-button[aria-label='Delete E2E Artist – Sunrise Tone']")
                .click();
        otherTab.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(tab.locator("#track-gone")).hasText("This track was deleted.");
        otherTab.waitForFunction("() => document.querySelector('#track-grid').size === 0");
    }

    private static Locator gridCell(Page page, String text) {
        return page.locator("#track-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }
}
