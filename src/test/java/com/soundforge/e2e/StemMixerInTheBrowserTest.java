package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.soundforge.audio.TestAudio;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestUsers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Upload → the pipeline separates the track → the stem mixer appears on the open track page by itself, plays
 * four stems in sync, and muting a stem sets its gain node to 0. Runs in the pipeline context (the only one with
 * a job server).
 */
@SfaPipelineTest
class StemMixerInTheBrowserTest {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @TempDir
    Path files;

    @Test
    void theStemsOfAnUploadedTrackPlayInTheMixerAndAMutedStemsGainIsZero() throws Exception {
        UserAccount user = TestUsers.create(users);
        Page tab = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        Path wav = TestAudio.writeSineWav(files.resolve("Stem Artist - Four Ways.wav"), 44_100, 2, 4.0, 220.0);

        tab.locator("#track-upload input[type=file]").setInputFiles(wav);
        assertThat(tab.locator("#upload-results")).containsText("imported as");
        tab.locator("a[aria-label='Open Stem Artist – Four Ways']").click();
        assertThat(tab.locator("#stems")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        tab.waitForFunction(
                "() => document.querySelector('#stem-mixer').loaded === true",
                null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        assertThat(tab.locator("#stem-mixer .row")).hasCount(4);
        assertThat(tab.locator("#stem-mixer #zip"))
                .hasAttribute("href", java.util.regex.Pattern.compile("/api/v1/tracks/.+/stems\\.zip"));

        tab.locator("#stem-mixer #play").click();
        tab.waitForFunction("() => document.querySelector('#stem-mixer').playing === true");
        double first = ((Number) tab.evaluate("() => document.querySelector('#stem-mixer').position")).doubleValue();
        tab.waitForFunction("p => document.querySelector('#stem-mixer').position > p + 0.3", first);

        tab.locator("#stem-mixer .row[data-stem='drums'] .mute").click();
        @SuppressWarnings("unchecked")
        Map<String, Object> gains =
                (Map<String, Object>) tab.evaluate("() => document.querySelector('#stem-mixer').gains");
        assertThat(((Number) gains.get("drums")).doubleValue()).isZero();
        assertThat(((Number) gains.get("vocals")).doubleValue()).isEqualTo(1.0);
        assertThat(gains).containsOnlyKeys("vocals", "drums", "bass", "other");
    }
}
