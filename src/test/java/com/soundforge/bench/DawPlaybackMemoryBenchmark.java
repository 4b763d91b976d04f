package com.soundforge.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.streams.DawSources;
import com.soundforge.e2e.BrowserSupport;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Browser memory while the DAW plays 16 tracks of 10-minute sources (one clip each, all sounding at once), seeking
 * twice, next to a one-track project and to the naive way (each source decoded whole into an AudioBuffer),
 * measured in the same Chromium: the proportional set size (PSS) of its processes read from /proc, and the page's
 * V8 heap with its ArrayBuffer backing stores. Prints BENCH lines; run with bench/daw-memory.sh.
 */
@Tag("bench")
@SfaWebTest
class DawPlaybackMemoryBenchmark {

    private static final String EDITOR = "document.querySelector('#daw-editor')";
    private static final String S = EDITOR + ".debugState()";
    private static final int TRACKS = 16;
    private static final double SOURCE_SECONDS = 600;
    private static final int RATE = 44_100;

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

    @Autowired
    DawSources sources;

    @TempDir
    Path work;

    @Test
    void sixteenTracksOfTenMinuteSources() throws Exception {
        UserAccount user = TestUsers.create(users);
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < TRACKS; i++) {
            tracks.add(importSine(user, i));
            sources.chunk(user.id(), tracks.getLast().id(), DawSources.MIX, RATE, 1, 0);
        }
        UUID full = project(user, tracks);
        UUID single = project(user, tracks.subList(0, 1));
        String base = "http://localhost:" + port;

        Page tab = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        Memory idle = open(tab, single);
        Memory one = play(tab, 30, 300);
        Memory idleFull = open(tab, full);
        Memory sixteen = play(tab, 60, 300, 570);
        tab.context().close();

        Page reference = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        Memory before = Memory.of(reference);
        reference.evaluate(
                """
                async ids => {
                  const ctx = new AudioContext({sampleRate: %d});
                  window.benchKeep = [];
                  for (const id of ids) {
                    const r = await fetch('/media/tracks/' + id + '/audio');
                    window.benchKeep.push(await ctx.decodeAudioData(await r.arrayBuffer()));
                  }
                }""".formatted(RATE),
                tracks.subList(0, 2).stream().map(t -> t.id().toString()).toList());
        Memory decoded = Memory.of(reference);
        double perSourceMb = (decoded.rendererMb() - before.rendererMb()) / 2;

        System.out.printf(
                "BENCH daw playback memory, the page's renderer process (PSS): editor idle %.0f MB, playing 1 track"
                        + " peak %.0f MB; 16 tracks idle %.0f MB, playing with 2 seeks peak %.0f MB (%.0f MB over"
                        + " idle)%n",
                idle.rendererMb(),
                one.rendererMb(),
                idleFull.rendererMb(),
                sixteen.rendererMb(),
                sixteen.rendererMb() - idleFull.rendererMb());
        System.out.printf(
                "BENCH daw playback memory, all Chromium processes (PSS): 1 track peak %.0f MB, 16 tracks peak %.0f"
                        + " MB; page JS heap incl. ArrayBuffers: 1 track peak %.0f MB, 16 tracks peak %.0f MB%n",
                one.pssMb(), sixteen.pssMb(), one.heapMb(), sixteen.heapMb());
        System.out.printf(
                "BENCH daw whole-decode reference: %.0f MB per 10-minute source in the renderer (2 decoded: %.0f ->"
                        + " %.0f MB); 16 sources would need %.0f MB; streamed 16-track growth / whole-decode 16 ="
                        + " %.3f%n",
                perSourceMb,
                before.rendererMb(),
                decoded.rendererMb(),
                perSourceMb * TRACKS,
                (sixteen.rendererMb() - idleFull.rendererMb()) / (perSourceMb * TRACKS));
    }

    /** Opens the project and lets it settle; the memory of the idle editor. */
    private static Memory open(Page tab, UUID id) throws Exception {
        tab.navigate("/daw/" + id);
        tab.waitForFunction("() => " + EDITOR + "?.debugState?.().state?.clips?.length > 0");
        Thread.sleep(3_000);
        return Memory.of(tab);
    }

    /** Plays for {@code seconds}, seeking to each of {@code seeks} at equal intervals; the peak memory seen. */
    private static Memory play(Page tab, int seconds, double... seeks) throws Exception {
        tab.evaluate("() => " + EDITOR + ".focus()");
        tab.keyboard().press("Home");
        tab.keyboard().press("Space");
        tab.waitForFunction("() => " + S + ".playing && " + S + ".scheduled.length > 0");
        Memory peak = Memory.of(tab);
        int seekEvery = seconds / (seeks.length + 1);
        for (int s = 1; s <= seconds; s++) {
            Thread.sleep(1_000);
            if (s % seekEvery == 0 && s / seekEvery <= seeks.length) {
                seek(tab, seeks[s / seekEvery - 1]);
            }
            if (s % 2 == 0) {
                peak = peak.max(Memory.of(tab));
            }
        }
        double at = ((Number) tab.evaluate("() => " + S + ".playhead")).doubleValue();
        if (!(Boolean) tab.evaluate("() => " + S + ".playing") || at <= 0) {
            throw new AssertionError("playback stopped early, playhead " + at);
        }
        tab.keyboard().press("Space");
        System.out.printf("BENCH daw playback ended at %.1f s of the timeline%n", at);
        return peak;
    }

    /** A click on the ruler's seek strip at time {@code t}, zoomed out first so that the whole timeline shows. */
    private static void seek(Page tab, double t) {
        tab.evaluate("""
                async () => {
                  const el = %s;
                  const canvas = el.shadowRoot.querySelector('.lanes-canvas');
                  const width = el.shadowRoot.querySelector('.ruler').getBoundingClientRect().width;
                  for (let i = 0; i < 60 && el.debugState().pxPerSecond * %f > width; i++) {
                    canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: 40, ctrlKey: true, clientX: 300,
                        clientY: 200, bubbles: true, composed: true, cancelable: true}));
                    await new Promise(r => requestAnimationFrame(r));
                  }
                }""".formatted(EDITOR, SOURCE_SECONDS * 1.05));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) tab.evaluate("""
                t => {
                  const el = %s;
                  const s = el.debugState();
                  const ruler = el.shadowRoot.querySelector('.ruler').getBoundingClientRect();
                  return {x: ruler.left + t * s.pxPerSecond - s.scrollLeft, y: ruler.top + 4};
                }""".formatted(EDITOR), t);
        tab.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());
        tab.waitForFunction("t => Math.abs(" + S + ".playhead - t) < 3", t);
    }

    private UUID project(UserAccount user, List<Track> sourcesOfTracks) {
        UUID id = daw.create(user, sourcesOfTracks.size() + " x 10 min").id();
        List<String> ops = new ArrayList<>();
        ops.add("{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"sampleRate\",\"value\":" + RATE + "}");
        for (int t = 0; t < sourcesOfTracks.size(); t++) {
            String track = UUID.randomUUID().toString();
            ops.add("{\"op\":\"add\",\"kind\":\"track\",\"id\":\"" + track + "\",\"value\":{\"order\":" + t
                    + ",\"volumeDb\":-24}}");
            ops.add("{\"op\":\"add\",\"kind\":\"clip\",\"id\":\"" + UUID.randomUUID() + "\",\"value\":{\"trackId\":\""
                    + track + "\",\"source\":{\"trackId\":\""
                    + sourcesOfTracks.get(t).id()
                    + "\",\"stem\":null},\"position\":0,\"length\":" + SOURCE_SECONDS + "}}");
        }
        daw.apply(user, id, "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[" + String.join(",", ops) + "]}", null);
        return id;
    }

    private Track importSine(UserAccount user, int i) throws Exception {
        String name = "Memory " + i + " - Tone.wav";
        Path wav = TestAudio.writeSineWav(work.resolve(name), RATE, 2, SOURCE_SECONDS, 110 + 37 * i);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(user.id(), in, name).track();
        } finally {
            Files.delete(wav);
        }
    }

    /** Chromium's memory: the PSS of all its processes, and one page's V8 heap with ArrayBuffer backing stores. */
    private record Memory(double pssMb, double rendererMb, double heapMb) {

        static Memory of(Page page) throws IOException {
            CDPSession pageSession = page.context().newCDPSession(page);
            pageSession.send("HeapProfiler.collectGarbage");
            JsonObject heap = pageSession.send("Runtime.getHeapUsage");
            pageSession.detach();
            double heapBytes = heap.get("usedSize").getAsDouble()
                    + (heap.has("backingStorageSize")
                            ? heap.get("backingStorageSize").getAsDouble()
                            : 0);
            long pssKb = 0;
            Map<String, Long> byType = new java.util.TreeMap<>();
            for (long pid : ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().command().orElse("").contains("chrom"))
                    .mapToLong(ProcessHandle::pid)
                    .toArray()) {
                long kb = pssKb(pid);
                pssKb += kb;
                byType.merge(typeOf(pid), kb / 1024, Long::sum);
            }
            double rendererMb = byType.getOrDefault("renderer", 0L);
            return new Memory(pssKb / 1024.0, rendererMb, heapBytes / 1024 / 1024);
        }

        Memory max(Memory other) {
            return new Memory(
                    Math.max(pssMb, other.pssMb),
                    Math.max(rendererMb, other.rendererMb),
                    Math.max(heapMb, other.heapMb));
        }

        private static String typeOf(long pid) throws IOException {
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            if (!Files.isReadable(cmdline)) {
                return "gone";
            }
            String args = Files.readString(cmdline).replace('\0', ' ');
            var type = java.util.regex.Pattern.compile("--type=(\\S+)").matcher(args);
            var service =
                    java.util.regex.Pattern.compile("--utility-sub-type=(\\S+)").matcher(args);
            return (type.find() ? type.group(1) : "browser") + (service.find() ? ":" + service.group(1) : "");
        }

        private static long pssKb(long pid) throws IOException {
            Path rollup = Path.of("/proc", Long.toString(pid), "smaps_rollup");
            if (pid <= 0 || !Files.isReadable(rollup)) {
                return 0;
            }
            for (String line : Files.readAllLines(rollup)) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        }
    }
}
