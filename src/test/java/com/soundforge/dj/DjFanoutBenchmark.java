package com.soundforge.dj;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DJ fan-out: a DJ action ({@link DjService#apply}, a crossfader move, as DjView calls it) → receipt by (1) 1,000
 * channel spectators (java.net.http WebSockets in this JVM, anonymous with the share token, each present) and
 * (2) real Vaadin spectator UIs: {@code /watch/{token}} pages in headless Chromium (Playwright), the receipt being
 * the mixer's {@code restore()} call in the page. Heap per spectator of each kind (after full GCs; Chromium runs
 * in its own processes, so the heap is the server's). Then the DJ's acknowledgement: a pointer click on play in a
 * real /dj page → DjService.apply done (the broadcast), next to bench/dj/local-reaction-output.txt. Prints lines
 * starting with BENCH. Run with bench/dj-fanout.sh.
 */
@Tag("bench")
@SfaWebTest
class DjFanoutBenchmark {

    static final int CHANNEL_SPECTATORS = Integer.getInteger("dj.bench.channels", 1000);
    static final int VAADIN_SPECTATORS = Integer.getInteger("dj.bench.pages", 12);
    static final int ROUNDS = 30;

    @LocalServerPort
    int port;

    @Autowired
    DjService dj;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @Test
    void fanOut() throws Exception {
        LiveShare live = LiveShare.open(users, dj);

        long heap0 = heapAfterGc();
        long joinStart = System.nanoTime();
        List<Spectator> channel = connect(live.token(), live.topic(), CHANNEL_SPECTATORS);
        long joined = channel.stream().filter(s -> s.joined.getNow(false)).count();
        print(
                "channel spectators joined: %d of %d in %.1f s (each join sends a presence_diff to everyone present:"
                        + " %d diffs)",
                joined, CHANNEL_SPECTATORS, (System.nanoTime() - joinStart) / 1e9, joined * (joined + 1) / 2);
        Thread.sleep(3000);
        long heap1 = heapAfterGc();
        print(
                "server+client heap per channel spectator: %.1f KB (both ends of the socket are in this JVM)",
                (heap1 - heap0) / 1024.0 / Math.max(1, joined));

        long[] channelLatency = rounds(live.session(), live.owner(), channel, null, ROUNDS);
        report("DJ action -> channel spectator receipt (" + joined + " spectators)", channelLatency);

        long missed = channel.stream().filter(s -> s.joined.getNow(false)).count() * ROUNDS - channelLatency.length;
        print("channel receipts missing after 5 s: %d", missed);
        channel.forEach(Spectator::close);
        Thread.sleep(2000);
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--no-first-run",
                                    "--autoplay-policy=no-user-gesture-required",
                                    "--disable-background-timer-throttling",
                                    "--disable-renderer-backgrounding",
                                    "--disable-backgrounding-occluded-windows")));
            long heapBeforePages = heapAfterGc();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < VAADIN_SPECTATORS; i++) {
                BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
                context.setDefaultTimeout(60_000);
                Page page = context.newPage();
                page.navigate("/watch/" + live.token());
                page.waitForSelector("#spectator-mixer");
                page.evaluate(
                        "() => { window.__got = []; const p = customElements.get('sfa-mixer').prototype;"
                                + " const o = p.restore; p.restore = function (s) {"
                                + " window.__got.push(performance.timeOrigin + performance.now()); return o.call(this, s); }; }");
                pages.add(page);
            }
            long heapWithPages = heapAfterGc();
            print(
                    "Vaadin spectator UIs (Chromium pages, one context each): %d; server heap per UI: %.1f KB",
                    pages.size(), (heapWithPages - heapBeforePages) / 1024.0 / Math.max(1, pages.size()));
            List<Long> sentEpochMs = new ArrayList<>();
            rounds(live.session(), live.owner(), List.of(), sentEpochMs, ROUNDS);
            Thread.sleep(1500);
            List<Double> vaadin = new ArrayList<>();
            for (Page page : pages) {
                @SuppressWarnings("unchecked")
                List<Number> got = (List<Number>) page.evaluate("() => window.__got");
                for (int r = 0; r < Math.min(got.size(), sentEpochMs.size()); r++) {
                    vaadin.add(got.get(r).doubleValue() - sentEpochMs.get(r));
                }
            }
            report(
                    "DJ action -> Vaadin spectator UI restore() (" + pages.size() + " pages; epoch ms on one clock)",
                    vaadin.stream()
                            .mapToLong(ms -> Math.round(ms * 1e6))
                            .sorted()
                            .toArray());
            for (Page page : pages) {
                page.context().close();
            }
            acknowledgement(browser, live.owner(), live.session(), live.topic());
            browser.close();
        }
    }

    /** A pointer click on play in a real /dj page → DjService.apply done (its broadcast), epoch ms on one clock. */
    private void acknowledgement(Browser browser, UserAccount djUser, DjSession session, String topic)
            throws Exception {
        Path wav = java.nio.file.Files.createTempFile("dj-bench", ".wav");
        com.soundforge.audio.TestAudio.writeSineWav(wav, 44_100, 2, 60, 440);
        try (var in = java.nio.file.Files.newInputStream(wav)) {
            var track = imports.importAudio(djUser.id(), in, "Bench - Tone.wav").track();
            dj.loadTrack(djUser.id(), session.id(), 0, track.id(), "bench");
        }
        BrowserContext context =
                browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate("/login");
        page.locator("#vaadinLoginUsername input, input[name=username]").first().fill(djUser.username());
        page.locator("#vaadinLoginPassword input, input[name=password]").first().fill(TestUsers.PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForSelector("#track-grid");
        page.navigate("/dj");
        page.waitForFunction("() => { const d = document.querySelector('#deck-0');"
                + " return !!(d && d.c && d.c.player && d.c.duration > 0); }");
        page.evaluate("() => { window.__down = []; window.addEventListener('pointerdown', e =>"
                + " window.__down.push(performance.timeOrigin + e.timeStamp), true); }");
        List<Long> applied = new CopyOnWriteArrayList<>();
        Subscription sub = broadcaster.subscribe(topic, m -> {
            if (DjEvent.DECK_STATE_CHANGED.equals(m.event()) && m.origin() != null && !"bench".equals(m.origin())) {
                applied.add(System.currentTimeMillis());
            }
        });
        int trials = 60;
        for (int i = 0; i < trials; i++) {
            page.locator("#deck-0 #play").click();
            long end = System.currentTimeMillis() + 5000;
            while (applied.size() <= i && System.currentTimeMillis() < end) {
                Thread.sleep(2);
            }
            Thread.sleep(50);
        }
        sub.close();
        @SuppressWarnings("unchecked")
        List<Number> down = (List<Number>) page.evaluate("() => window.__down");
        long[] ack = new long[Math.min(down.size(), applied.size())];
        for (int i = 0; i < ack.length; i++) {
            ack[i] = Math.round((applied.get(i) - down.get(i).doubleValue()) * 1e6);
        }
        Arrays.sort(ack);
        report(
                "DJ acknowledgement: pointerdown on play -> DjService.apply done and broadcast (" + ack.length
                        + " trials; System.currentTimeMillis, 1 ms resolution)",
                ack);
        context.close();
    }

    @Autowired
    ImportService imports;

    /** Moves the crossfader ROUNDS times, 250 ms apart; returns the channel receipt latencies. */
    private long[] rounds(
            DjSession session, UserAccount djUser, List<Spectator> spectators, List<Long> sentEpochMs, int rounds)
            throws InterruptedException {
        List<Long> latencies = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            spectators.forEach(s -> s.received = 0);
            long sent = System.nanoTime();
            Spectator.sentAt = sent;
            if (sentEpochMs != null) {
                sentEpochMs.add(System.currentTimeMillis());
            }
            dj.apply(
                    djUser.id(),
                    session.id(),
                    new DjCommand.Crossfader((r % 2 == 0 ? 0.5 : -0.5), "power"),
                    "bench-dj");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < end
                    && spectators.stream().anyMatch(s -> s.joined.getNow(false) && s.received == 0)) {
                Thread.sleep(5);
            }
            Thread.sleep(250);
            for (Spectator s : spectators) {
                if (s.received > 0) {
                    latencies.add(s.received - sent);
                }
            }
        }
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private List<Spectator> connect(String share, String topic, int n) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().executor(executor).build();
        URI uri = URI.create("ws://localhost:" + port + "/socket/websocket?vsn=2.0.0&share=" + share);
        Semaphore inFlight = new Semaphore(64);
        List<Spectator> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inFlight.acquire();
            Spectator s = new Spectator("[\"1\",\"1\",\"" + topic + "\",\"phx_join\",{\"token\":\"" + share
                    + "\",\"person\":\"bench-" + i + "\"}]");
            all.add(s);
            s.joined.whenComplete((ok, e) -> inFlight.release());
            http.newWebSocketBuilder().buildAsync(uri, s).whenComplete((ws, e) -> {
                if (e != null) {
                    s.joined.complete(false);
                }
            });
        }
        for (Spectator s : all) {
            try {
                s.joined.get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                // counted as not joined
            }
        }
        return all;
    }

    private static final class Spectator implements WebSocket.Listener {
        static volatile long sentAt;
        final CompletableFuture<Boolean> joined = new CompletableFuture<>();
        final String join;
        volatile long received;
        private WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        Spectator(String join) {
            this.join = join;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.sendText(join, true);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (!joined.isDone() && frame.contains("\"phx_reply\"")) {
                    joined.complete(frame.contains("\"status\":\"ok\""));
                } else if (frame.contains("\"mixer_changed\"") && received == 0) {
                    received = now;
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            joined.complete(false);
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(String what, long[] sortedNanos) {
        if (sortedNanos.length == 0) {
            print("%s: no samples", what);
            return;
        }
        print(
                "%s: n=%d p50 %.2f ms  p99 %.2f ms  max %.2f ms",
                what,
                sortedNanos.length,
                sortedNanos[sortedNanos.length / 2] / 1e6,
                sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(sortedNanos.length * 0.99) - 1)] / 1e6,
                sortedNanos[sortedNanos.length - 1] / 1e6);
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCH dj " + format.formatted(args));
    }
}
