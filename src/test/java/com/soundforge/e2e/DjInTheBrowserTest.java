package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.soundforge.dj.DjEvent;
import com.soundforge.dj.DjService;
import com.soundforge.dj.MixerState;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
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
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A DJ and spectators in real Chromium: the DJ's page acts, the server persists and broadcasts, spectators follow. */
@SfaWebTest
class DjInTheBrowserTest {

    private static final String DECK_READY = "() => { const d = document.querySelector('#deck-0');"
            + " return !!(d && d.c && d.c.player && d.c.duration > 0); }";
    private static final String COUNT_RESTORES = "() => { window.__restores = 0;"
            + " for (const tag of ['sfa-deck', 'sfa-mixer']) { const p = customElements.get(tag).prototype;"
            + " const original = p.restore; p.restore = function (s) { window.__restores++;"
            + " return original.call(this, s); }; } }";

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

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    DSLContext db;

    @TempDir
    Path files;

    @Test
    void theDjPlaysSpectatorsFollowWithoutEchoAndTheSetSurvivesAReload() throws Exception {
        UserAccount user = TestUsers.create(users);
        Path wav = TestMusic.writeMinorGroove(files.resolve("E2E DJ - Groove.wav"), 120, 30);
        try (InputStream in = Files.newInputStream(wav)) {
            imports.importAudio(user.id(), in, "E2E DJ - Groove.wav");
        }
        UUID sessionId = dj.openLatest(user.id()).id();
        String base = "http://localhost:" + port;
        Page djPage = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        djPage.navigate("/dj");
        djPage.locator("vaadin-button[aria-label='Load E2E DJ – Groove on deck 1']")
                .click();
        djPage.waitForFunction(DECK_READY);
        Page secondTab = djPage.context().newPage();
        secondTab.navigate("/dj");
        secondTab.waitForFunction(DECK_READY);
        djPage.evaluate(COUNT_RESTORES);
        secondTab.evaluate(COUNT_RESTORES);

        djPage.locator("#dj-share-create").click();
        djPage.waitForFunction("() => document.querySelector('#dj-share-url').value.startsWith('watch/')");
        String shareUrl = "/" + djPage.locator("#dj-share-url").evaluate("e => e.value");
        BrowserContext spectators = browsers.browser().newContext(new Browser.NewContextOptions().setBaseURL(base));
        Page spectator = spectators.newPage();
        spectator.navigate(shareUrl);
        assertThat(spectator.locator("#spectator-watching")).hasText("watching: 1 person (1 screen)");
        spectator.waitForFunction("() => document.querySelector('#deck-0').trackTitle === 'Groove'");

        // the DJ presses play: the audio graph plays at once, the spectator's playhead moves, no echo on the DJ's page
        djPage.locator("#deck-0 #play").click();
        djPage.waitForFunction("() => document.querySelector('#deck-0').audioState.playing === true");
        double djAt = number(djPage, "document.querySelector('#deck-0').position");
        djPage.waitForFunction("p => document.querySelector('#deck-0').position > p + 0.5", djAt);
        spectator.waitForFunction("() => document.querySelector('#deck-0').playing === true");
        double seen = number(spectator, "document.querySelector('#deck-0').position");
        spectator.waitForFunction("p => document.querySelector('#deck-0').position > p + 0.5", seen);
        assertThat(number(spectator, "document.querySelector('#deck-0').audioState.contextState === 'none' ? 1 : 0"))
                .isEqualTo(1);
        secondTab.waitForFunction("() => document.querySelector('#deck-0').playing === true");

        // EQ kill: the band's GainNode goes to 0 in the DJ's browser, and the spectator's mixer shows the kill
        djPage.locator("#dj-mixer #ch0-killLow").click();
        djPage.waitForFunction("() => document.querySelector('#dj-mixer').audioState.channels[0].bandGains.low === 0");
        spectator.waitForFunction("() => document.querySelector('#spectator-mixer').shadowRoot"
                + ".querySelector('#ch0-killLow').getAttribute('aria-pressed') === 'true'");

        // 100 crossfader inputs in one frame: one server event with the last value
        List<TopicMessage> mixerEvents = new CopyOnWriteArrayList<>();
        Subscription counting = broadcaster.subscribe(Topics.djSession(sessionId), m -> {
            if (DjEvent.MIXER_CHANGED.equals(m.event())) {
                mixerEvents.add(m);
            }
        });
        djPage.evaluate(
                "() => { const el = document.querySelector('#dj-mixer').shadowRoot.querySelector('#crossfader');"
                        + " for (let i = 0; i < 100; i++) { el.value = String(-1 + (i + 1) * 0.005);"
                        + " el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); } }");
        Thread.sleep(1500);
        counting.close();
        assertThat(mixerEvents).hasSize(1);
        assertThat(((MixerState) mixerEvents.getFirst().payload()).crossfader()).isEqualTo(-0.5);
        spectator.waitForFunction("() => Math.abs(document.querySelector('#spectator-mixer').shadowRoot"
                + ".querySelector('#crossfader').valueAsNumber + 0.5) < 1e-6");

        // a drag of the tempo fader over many frames: the last value is what is stored
        for (int i = 1; i <= 20; i++) {
            djPage.evaluate(
                    "v => { const el = document.querySelector('#deck-0').shadowRoot.querySelector('#tempo');"
                            + " el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true, composed: true })); }",
                    i * 0.025);
            djPage.waitForTimeout(20);
        }
        waitUntil(() -> storedState(sessionId).contains("\"tempoPercent\":4.0"), 10_000);

        // spectators' messages reach the DJ only; the DJ's announcement reaches the spectators
        spectator.locator("#spectator-text input").fill("Play the groove again");
        spectator.locator("#spectator-send").click();
        // first the spectator's side (the server took the message), then the DJ's: a failure says which side
        assertThat(spectator.locator("#spectator-send-status")).hasText("Sent to the DJ.");
        assertThat(djPage.locator("#dj-inbox")).containsText("Play the groove again");
        djPage.locator("#dj-announce-text input").fill("Last track in five minutes");
        djPage.locator("#dj-announce").click();
        assertThat(spectator.locator("#spectator-announcements")).containsText("Last track in five minutes");

        assertThat(number(djPage, "window.__restores")).isZero();
        // the other tab applied play, EQ kill, crossfader and tempo with restore (at least one each)
        assertThat(number(secondTab, "window.__restores")).isGreaterThanOrEqualTo(4);

        // reload: the playing deck resumes where it is now, the tempo and the mixer are as they were
        double before = number(djPage, "document.querySelector('#deck-0').position");
        djPage.reload();
        djPage.waitForFunction(DECK_READY);
        djPage.waitForFunction("() => document.querySelector('#deck-0').audioState.playing === true");
        assertThat(number(djPage, "document.querySelector('#deck-0').position")).isGreaterThan(before);
        assertThat(number(djPage, "document.querySelector('#deck-0').audioState.playbackRate"))
                .isCloseTo(1.04, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(number(djPage, "document.querySelector('#dj-mixer').audioState.crossfader"))
                .isEqualTo(-0.5);
        assertThat(number(djPage, "document.querySelector('#dj-mixer').audioState.channels[0].bandGains.low"))
                .isZero();
    }

    @Test
    void presenceFollowsTabsAndARevokedLinkStopsWorking() throws Exception {
        UserAccount user = TestUsers.create(users);
        String base = "http://localhost:" + port;
        Page djPage = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        djPage.navigate("/dj");
        djPage.locator("#dj-share-create").click();
        djPage.waitForFunction("() => document.querySelector('#dj-share-url').value.startsWith('watch/')");
        String shareUrl = "/" + djPage.locator("#dj-share-url").evaluate("e => e.value");

        BrowserContext anna = browsers.browser().newContext(new Browser.NewContextOptions().setBaseURL(base));
        Page annaTab1 = anna.newPage();
        annaTab1.navigate(shareUrl);
        assertThat(djPage.locator("#dj-watchers")).hasText("watching: 1 person (1 screen)");
        Page annaTab2 = anna.newPage();
        annaTab2.navigate(shareUrl);
        assertThat(djPage.locator("#dj-watchers")).hasText("watching: 1 person (2 screens)");
        BrowserContext ben = browsers.browser().newContext(new Browser.NewContextOptions().setBaseURL(base));
        Page benTab = ben.newPage();
        benTab.navigate(shareUrl);
        assertThat(djPage.locator("#dj-watchers")).hasText("watching: 2 people (3 screens)");
        assertThat(benTab.locator("#spectator-watching")).hasText("watching: 2 people (3 screens)");
        assertThat(annaTab1.locator("#spectator-watching")).hasText("watching: 2 people (3 screens)");

        annaTab2.close();
        assertThat(djPage.locator("#dj-watchers"))
                .hasText(
                        "watching: 2 people (2 screens)",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
        ben.close();
        assertThat(djPage.locator("#dj-watchers"))
                .hasText(
                        "watching: 1 person (1 screen)",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));

        djPage.locator(".dj-share-revoke").first().click();
        assertThat(annaTab1.locator("#spectator-gone")).hasText("This link does not work (any more)");
        assertThat(djPage.locator("#dj-watchers")).hasText("watching: 0 people (0 screens)");
        Page late = anna.newPage();
        late.navigate(shareUrl);
        assertThat(late.locator("#spectator-gone")).isVisible();
        anna.close();
    }

    private String storedState(UUID sessionId) {
        return db.fetchValue("select state_json from dj_session where id = ?", sessionId)
                .toString();
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => Number(" + expression + ")")).doubleValue();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
