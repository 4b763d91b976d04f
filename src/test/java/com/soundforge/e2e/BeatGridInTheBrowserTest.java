package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.analysis.TrackTempo;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Editing a beat grid in Chromium: on a DJ deck (sync then goes by the edited grid) and on the track page. */
@SfaWebTest
class BeatGridInTheBrowserTest {

    private static final String READY =
            "d => { const e = document.querySelector(d);" + " return !!(e && e.c && e.c.player && e.c.duration > 0); }";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    AnalysisService analysis;

    @Autowired
    TempoService tempo;

    @Autowired
    LibraryService library;

    @TempDir
    Path files;

    @Test
    void syncOnADeckGoesByItsTracksEditedGrid() throws Exception {
        UserAccount user = TestUsers.create(users);
        Track a = analysedGroove(user, "Grid A - Lead", 120);
        Track b = analysedGroove(user, "Grid B - Follower", 90);
        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        page.navigate("/dj");
        page.locator("vaadin-button[aria-label='Load Grid A – Lead on deck 1']").click();
        page.locator("vaadin-button[aria-label='Load Grid B – Follower on deck 2']")
                .click();
        page.waitForFunction(READY, "#deck-0");
        page.waitForFunction(READY, "#deck-1");
        page.evaluate("() => document.querySelector('#deck-1').handleAction('tempo-range', true, 16)");

        // as analysed (90 BPM), sync cannot reach 120 within ±16 %: the deck stops at +16 %
        page.locator("#deck-1 #sync").click();
        assertThat(rate(page)).isCloseTo(1.16, within(1e-6));
        page.locator("#deck-1 #sync").click();

        // the DJ hears it is really 135 BPM: ×3/2 on the deck, stored with the track, shown as edited
        page.locator("#deck-1 #grid-three_halves").click();
        page.waitForFunction("() => document.querySelector('#deck-1').bpmSource === 'edited'");
        assertThat(page.locator("#deck-1 #bpm-edited")).hasText("edited");
        TrackTempo edited = tempo.tempo(user.id(), b.id()).orElseThrow();
        assertThat(edited.bpm()).isCloseTo(135, within(0.05));
        assertThat(number(page, "document.querySelector('#deck-1').bpm")).isEqualTo(edited.bpm());
        assertThat(number(page, "document.querySelector('#deck-1').c.grid.beats.length"))
                .isEqualTo(edited.tempo().beats().length);

        // sync now matches deck A's 120 BPM against the edited 135 BPM
        page.locator("#deck-1 #sync").click();
        assertThat(rate(page)).isCloseTo(120 / edited.bpm(), within(1e-6));
        assertThat(page.locator("#deck-1 #bpm")).hasText("120.00 BPM");

        // halving deck A's grid (60 BPM) re-syncs deck B at once: half of 135 against 60 is the nearest level
        tempo.edit(user.id(), a.id(), "halve", null);
        page.waitForFunction("() => document.querySelector('#deck-0').bpm === 60");
        page.waitForFunction(
                "r => Math.abs(document.querySelector('#deck-1').audioState.playbackRate - r) < 1e-6",
                120 / edited.bpm());
        assertThat(library.get(user.id(), b.id()).bpmEdited()).isTrue();
    }

    @Test
    void theTrackPageEditsTheGridAndTheLibraryMarksTheBpmEdited() throws Exception {
        UserAccount user = TestUsers.create(users);
        Track track = analysedGroove(user, "Page - Groove", 124);
        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        assertThat(bpmCell(page)).hasText("124.00");
        assertThat(page.locator("#track-grid .bpm-edited").first()).isHidden();

        page.locator("a[aria-label='Open Page – Groove']").click();
        page.locator("#tempo-editor #tempo-halve").click();
        assertThat(page.locator("#analysis-bpm")).hasText("62.00 BPM · edited");
        assertThat(page.locator("#tempo-editor #tempo-edited")).containsText("analysed 124.00");

        // "set downbeat here" at the player's playhead
        page.locator("#track-player #play").click();
        page.waitForFunction("() => document.querySelector('#track-player').isPlaying === true");
        page.locator("#track-player #play").click();
        page.waitForFunction("() => document.querySelector('#track-player').isPlaying === false");
        page.waitForFunction("() => { const audio = document.querySelector('#track-player').shadowRoot"
                + ".querySelector('audio'); if (audio.readyState >= 1 && Math.abs(audio.currentTime - 1.337) > 0.01)"
                + " audio.currentTime = 1.337; return Math.abs(audio.currentTime - 1.337) < 0.01; }");
        double playhead = number(page, "document.querySelector('#track-player').currentPosition");
        page.locator("#tempo-editor #tempo-downbeat").click();
        waitUntil(() -> Math.abs(firstDownbeat(user, track) - playhead) < 0.001);

        page.navigate("/");
        assertThat(bpmCell(page)).hasText("62.00");
        assertThat(page.locator("#track-grid .bpm-edited").first()).isVisible();

        page.navigate("/tracks/" + track.id());
        assertThat(page.locator("#tempo-editor #tempo-edited")).isVisible();
        page.locator("#tempo-editor #tempo-reset").click();
        assertThat(page.locator("#analysis-bpm")).hasText("124.00 BPM");
    }

    private double firstDownbeat(UserAccount user, Track track) {
        return tempo.tempo(user.id(), track.id()).orElseThrow().tempo().downbeats()[0];
    }

    private static Locator bpmCell(Page page) {
        return page.locator("#track-grid .track-bpm").first();
    }

    private static double rate(Page page) {
        return number(page, "document.querySelector('#deck-1').audioState.playbackRate");
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }

    private Track analysedGroove(UserAccount user, String name, double bpm) throws Exception {
        Path wav = TestMusic.writeMinorGroove(files.resolve(name + ".wav"), bpm, 16);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(user.id(), in, name + ".wav").track();
        }
        analysis.analyse(track.id(), library.audioFile(user.id(), track.id()).path(), fraction -> {});
        return track;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
