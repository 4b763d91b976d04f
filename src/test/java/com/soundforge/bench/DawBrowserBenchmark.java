package com.soundforge.bench;

import com.microsoft.playwright.Page;
import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.e2e.BrowserSupport;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DAW in Chromium, measured from outside: an edit's round trip (a clip nudged from the keyboard: applied on
 * its own screen, confirmed by the server, received by a second tab), and a 32-track × 400-clip project's open
 * time and frame intervals while scrolling and zooming, next to a one-clip project in the same run. Prints BENCH
 * lines; run with bench/daw-browser.sh.
 */
@Tag("bench")
@SfaWebTest
class DawBrowserBenchmark {

    private static final String EDITOR = "document.querySelector('#daw-editor')";
    private static final int NUDGES = 100;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    DawService daw;

    @TempDir
    Path work;

    @Test
    void editRoundTripAndALargeProject() throws Exception {
        UserAccount user = TestUsers.create(users);
        Track source = importSine(user);
        String base = "http://localhost:" + port;

        UUID small = project(user, source, 1, 1);
        Page tab = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        Page second = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        open(tab, small, 1);
        open(second, small, 1);
        roundTrips(tab, second, small, user);

        double[] smallFrames = frames(tab);
        UUID large = project(user, source, 32, 400);
        long start = System.nanoTime();
        open(tab, large, 32 * 400);
        double openMs = (System.nanoTime() - start) / 1e6;
        double[] largeFrames = frames(tab);
        System.out.printf("BENCH daw large project (32 tracks x 400 clips): open and first draw %.0f ms%n", openMs);
        System.out.printf(
                "BENCH daw frame interval while scrolling and zooming: large p50 %.1f ms p99 %.1f ms, one-clip p50 %.1f"
                        + " ms p99 %.1f ms, ratio p99 %.2f%n",
                pct(largeFrames, 50),
                pct(largeFrames, 99),
                pct(smallFrames, 50),
                pct(smallFrames, 99),
                pct(largeFrames, 99) / pct(smallFrames, 99));
    }

    private void roundTrips(Page tab, Page second, UUID id, UserAccount user) {
        ProjectState state = daw.open(user, id);
        DawClip clip = state.clips().iterator().next();
        String install = """
                () => {
                  const el = %s;
                  window.benchSeen = [];
                  const original = el.serverBatch.bind(el);
                  el.serverBatch = json => { original(json); window.benchSeen.push(Date.now()); };
                }""".formatted(EDITOR);
        tab.evaluate(install);
        second.evaluate(install);
        tab.evaluate("""
                () => {
                  const el = %s;
                  window.benchLocal = [];
                  el.addEventListener('sfa-daw-ops', () => window.benchLocal.push(performance.now() - window.benchKey));
                  window.addEventListener('keydown', () => { window.benchKey = performance.now(); window.benchAt = Date.now(); }, true);
                }""".formatted(EDITOR));
        @SuppressWarnings("unchecked")
        Map<String, Number> r =
                (Map<String, Number>) tab.evaluate("() => " + EDITOR + ".clipRect('" + clip.id() + "')");
        tab.mouse()
                .click(
                        r.get("left").doubleValue() + 20,
                        (r.get("top").doubleValue() + r.get("bottom").doubleValue()) / 2);
        tab.waitForFunction("() => " + EDITOR + ".debugState().selection.length === 1");
        double[] local = new double[NUDGES];
        double[] commit = new double[NUDGES];
        double[] remote = new double[NUDGES];
        for (int i = 0; i < NUDGES; i++) {
            String key = i % 2 == 0 ? "ArrowRight" : "ArrowLeft";
            tab.keyboard().press(key);
            int n = i + 1;
            tab.waitForFunction("n => window.benchSeen.length >= n", n);
            second.waitForFunction("n => window.benchSeen.length >= n", n);
            long at = ((Number) tab.evaluate("() => window.benchAt")).longValue();
            local[i] = ((Number) tab.evaluate("n => window.benchLocal[n - 1]", n)).doubleValue();
            commit[i] = ((Number) tab.evaluate("n => window.benchSeen[n - 1]", n)).longValue() - at;
            remote[i] = ((Number) second.evaluate("n => window.benchSeen[n - 1]", n)).longValue() - at;
        }
        System.out.printf(
                "BENCH daw edit round trip (%d nudges): applied locally p50 %.2f ms p99 %.2f ms (one frame = 16.7 ms);"
                        + " committed by the server p50 %.0f ms p99 %.0f ms; received by a second tab p50 %.0f ms p99"
                        + " %.0f ms%n",
                NUDGES,
                pct(local, 50),
                pct(local, 99),
                pct(commit, 50),
                pct(commit, 99),
                pct(remote, 50),
                pct(remote, 99));
    }

    private static double[] frames(Page tab) {
        @SuppressWarnings("unchecked")
        List<Number> intervals = (List<Number>) tab.evaluate("""
                () => new Promise(done => {
                  const el = %s;
                  const scroller = el.shadowRoot.querySelector('.scroller');
                  const canvas = el.shadowRoot.querySelector('.lanes-canvas');
                  const out = [];
                  let last = performance.now();
                  let frame = 0;
                  const step = now => {
                    out.push(now - last);
                    last = now;
                    frame++;
                    if (frame %% 40 < 20) {
                      scroller.scrollLeft += 60;
                      scroller.scrollTop += 10;
                    } else {
                      canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: frame %% 2 ? -40 : 40, ctrlKey: true,
                          clientX: 300, clientY: 200, bubbles: true, composed: true, cancelable: true}));
                    }
                    if (frame < 240) requestAnimationFrame(step); else done(out.slice(2));
                  };
                  requestAnimationFrame(step);
                })""".formatted(EDITOR));
        return intervals.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private void open(Page tab, UUID id, int clips) {
        tab.navigate("/daw/" + id);
        tab.waitForFunction(
                "n => " + EDITOR + "?.debugState?.().state?.clips?.length === n",
                clips,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        tab.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    private UUID project(UserAccount user, Track source, int tracks, int clipsPerTrack) {
        UUID id = daw.create(user, tracks + " x " + clipsPerTrack).id();
        List<String> ops = new ArrayList<>();
        for (int t = 0; t < tracks; t++) {
            String track = UUID.randomUUID().toString();
            ops.add("{\"op\":\"add\",\"kind\":\"track\",\"id\":\"" + track + "\",\"value\":{\"order\":" + t + "}}");
            for (int c = 0; c < clipsPerTrack; c++) {
                ops.add("{\"op\":\"add\",\"kind\":\"clip\",\"id\":\"" + UUID.randomUUID()
                        + "\",\"value\":{\"trackId\":\""
                        + track + "\",\"source\":{\"trackId\":\"" + source.id() + "\",\"stem\":null},\"position\":"
                        + (c * 2.5 + t * 0.1) + ",\"length\":2}}");
            }
            if (ops.size() > 2000 || t == tracks - 1) {
                daw.apply(
                        user,
                        id,
                        "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[" + String.join(",", ops) + "]}",
                        null);
                ops.clear();
            }
        }
        return id;
    }

    private Track importSine(UserAccount user) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Bench - Tone.wav"), 44_100, 2, 3.0, 330);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(user.id(), in, "Bench - Tone.wav").track();
        }
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
