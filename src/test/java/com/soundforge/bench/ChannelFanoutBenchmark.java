package com.soundforge.bench;

import com.soundforge.channel.PhoenixJsFanout;
import com.soundforge.pipeline.ImportStarted;
import com.soundforge.pipeline.JobEvents;
import com.soundforge.pipeline.JobEventsBenchAccess;
import com.soundforge.pipeline.JobStatus;
import com.soundforge.pipeline.PipelineJob;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import com.sun.management.UnixOperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Channel fan-out on {@code /socket/websocket}: N clients over loopback (1,000 and 5,000, next to 10 as the reference
 * and 200 to compare with the official client), each joined to one of 100 real (queued) pipeline jobs'
 * {@code jobs:{id}} topics. Every job gets 20 progress events, one per 100 ms (the pipeline's coalescing interval),
 * published the way the pipeline does (JobEvents), each carrying its send time; the clients report the delivery
 * latency. Two publishing runs per N on the same connections: right after connecting, then warm. Heap per
 * connection: once with the clients in this JVM (server + client), once with the same clients in a child JVM
 * (server alone here, client alone there). Finally 200 official phoenix clients in Node. Run with
 * bench/channel-fanout.sh.
 */
@Tag("bench")
@SfaWebTest
class ChannelFanoutBenchmark {

    static final int JOBS = 100;
    static final int EVENTS = 20;
    static final Duration ROUND = Duration.ofMillis(100);
    static final int CORES = Runtime.getRuntime().availableProcessors();
    static final double TICKS = 100.0; // USER_HZ of /proc/stat

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    PipelineService pipelines;

    @Autowired
    JobEvents jobEvents;

    @Autowired
    Broadcaster broadcaster;

    private List<PipelineJob> jobs;
    private List<String> topics;
    private String token;

    /** One publishing run's delivery latencies (ms), with the whole run described as text. */
    record Latency(int n, double p50, double p99, double max, String text) {}

    @Test
    void fanOut() throws Exception {
        UserAccount owner = TestUsers.create(users);
        token = keys.create(owner.id(), "fan-out bench").rawKey();
        jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            // A real queued download job; this context runs no job server, so it stays queued and nothing else
            // publishes on its topic.
            ImportStarted started = pipelines.importUrl(owner.id(), "http://127.0.0.1:9/fan-out-" + i + ".wav");
            jobs.add(pipelines.job(owner, started.jobId()));
        }
        topics = jobs.stream().map(job -> "jobs:" + job.id()).toList();
        URI uri = URI.create("ws://127.0.0.1:" + port + "/socket/websocket?token=" + token + "&vsn=2.0.0");
        UnixOperatingSystemMXBean os = (UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                "BENCH channel fan-out: %d jobs:{id} topics, %d job:progress per topic, one per %d ms per "
                        + "topic (%d publishes/s through JobEvents); %d cores, max heap %d MB, fd limit %d; minimal "
                        + "client = java.net.http WebSocket (one HttpClient, 4 threads), in this JVM%n",
                JOBS,
                EVENTS,
                ROUND.toMillis(),
                JOBS * 1000 / ROUND.toMillis(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                os.getMaxFileDescriptorCount());

        measure(uri, 200, 5, false, 1, false);
        Latency reference = measure(uri, 10, EVENTS, false, 2, true);
        Latency two = measure(uri, 200, EVENTS, false, 2, true);
        for (int n : new int[] {1000, 5000}) {
            Latency result = measure(uri, n, EVENTS, true, 2, true);
            System.out.printf(
                    "BENCH channel N=%d vs N=10 (run 2 of each): p50 ×%.1f, p99 ×%.1f, max ×%.1f%n",
                    n, result.p50 / reference.p50, result.p99 / reference.p99, result.max / reference.max);
        }
        for (int n : new int[] {1000, 5000}) {
            heapSplit(uri, n);
        }
        official(200, two);
    }

    /**
     * N minimal clients in this JVM: connect + join, heap (if asked), then {@code runs} publishing runs on the same
     * connections (the first right after connecting, the next ones warm); returns the last run's latencies.
     */
    private Latency measure(URI uri, int n, int events, boolean heap, int runs, boolean print) throws Exception {
        long[] before = heap ? FanoutClients.heapAndDirectAfterGc() : null;
        Latency result = null;
        try (FanoutClients clients = new FanoutClients()) {
            long start = System.nanoTime();
            int joined = clients.connectAndJoin(uri, topics, n);
            double connectSeconds = (System.nanoTime() - start) / 1e9;
            if (print) {
                System.out.printf(
                        "BENCH channel minimal-java N=%d (%d per topic): connect+join %.2f s (%.0f/s), "
                                + "%d/%d joined%n",
                        n, Math.max(1, n / JOBS), connectSeconds, n / connectSeconds, joined, n);
            }
            if (heap) {
                long[] after = FanoutClients.heapAndDirectAfterGc();
                UnixOperatingSystemMXBean os = (UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                System.out.printf(
                        "BENCH channel heap N=%d, server and clients in one JVM: %.1f KB per connection "
                                + "(heap after full GC %d → %d MB; direct buffers %+.1f KB per connection; "
                                + "%d open fds); an upper bound for the server, split below%n",
                        n,
                        (after[0] - before[0]) / 1024.0 / n,
                        before[0] >> 20,
                        after[0] >> 20,
                        (after[1] - before[1]) / 1024.0 / n,
                        os.getOpenFileDescriptorCount());
            }
            for (int run = 1; run <= runs; run++) {
                result = publishAndMeasure(clients, n, joined * events, events);
                if (print) {
                    System.out.printf("BENCH channel minimal-java N=%d run %d/%d: %s%n", n, run, runs, result.text);
                }
            }
        }
        awaitUnsubscribed();
        return result;
    }

    private Latency publishAndMeasure(FanoutClients clients, int n, int expected, int events) throws Exception {
        clients.expect(expected);
        long[] machine = machineCpuTicks();
        long processCpu = processCpuNanos();
        Map<Long, Long> clientCpu = clientThreadCpuNanos();
        long publishStart = System.nanoTime();
        double publishSeconds = publish(events);
        int delivered = clients.awaitDeliveries(Duration.ofSeconds(30));
        double busySeconds = (System.nanoTime() - publishStart) / 1e9;
        double cpuSeconds = (processCpuNanos() - processCpu) / 1e9;
        double clientCpuSeconds = cpuSince(clientCpu, clientThreadCpuNanos()) / 1e9;
        long[] machineAfter = machineCpuTicks();
        double othersCpuSeconds = Math.max(0, (machineAfter[0] - machine[0]) / TICKS - cpuSeconds);
        double stealSeconds = (machineAfter[1] - machine[1]) / TICKS;
        long[] sorted = clients.sortedLatencies();
        double p50 = millis(sorted, 0.50);
        double p99 = millis(sorted, 0.99);
        double max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        String text = String.format(
                "%d events published in %.2f s (%.0f deliveries/s offered); delivered %d/%d, "
                        + "the last %.2f s after the first publish; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "CPU meanwhile %.2f s of %.2f s (%d cores), of which the clients' threads %.2f s; other "
                        + "processes %.2f s, steal %.2f s",
                events * JOBS,
                publishSeconds,
                expected / publishSeconds,
                delivered,
                expected,
                busySeconds,
                p50,
                p99,
                max,
                cpuSeconds,
                busySeconds * CORES,
                CORES,
                clientCpuSeconds,
                othersCpuSeconds,
                stealSeconds);
        return new Latency(n, p50, p99, max, text);
    }

    /** The same N clients in a child JVM: the heap grows here by the server's share and there by the clients'. */
    private void heapSplit(URI uri, int n) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FanoutClients.class.getName(),
                        uri.toString(),
                        Integer.toString(n),
                        String.join(",", topics))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                Writer in = child.outputWriter(StandardCharsets.UTF_8)) {
            awaitLine(out, "READY");
            long[] before = FanoutClients.heapAndDirectAfterGc();
            in.write("go\n");
            in.flush();
            String line = awaitLine(out, "JOINED ");
            long[] after = FanoutClients.heapAndDirectAfterGc();
            String[] f = line.split(" ");
            int joined = Integer.parseInt(f[1]);
            double clientKb = (Long.parseLong(f[3]) - Long.parseLong(f[2])) / 1024.0 / n;
            double clientDirectKb = (Long.parseLong(f[5]) - Long.parseLong(f[4])) / 1024.0 / n;
            double connectSeconds = Long.parseLong(f[6]) / 1e9;
            System.out.printf(
                    "BENCH channel heap N=%d, clients in a child JVM (%d/%d joined in %.2f s): server "
                            + "%.1f KB per connection (%d → %d MB; direct %+.1f KB), client alone %.1f KB per "
                            + "connection (direct %+.1f KB)%n",
                    n,
                    joined,
                    n,
                    connectSeconds,
                    (after[0] - before[0]) / 1024.0 / n,
                    before[0] >> 20,
                    after[0] >> 20,
                    (after[1] - before[1]) / 1024.0 / n,
                    clientKb,
                    clientDirectKb);
            in.write("exit\n");
        }
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        awaitUnsubscribed();
    }

    private static String awaitLine(BufferedReader out, String prefix) throws java.io.IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the client JVM ended before printing " + prefix);
    }

    /** The official phoenix JS client in Node, n sockets, same topics and publishing, two runs. */
    private void official(int n, Latency minimal) throws Exception {
        List<String> socketTopics = IntStream.range(0, n)
                .mapToObj(i -> topics.get(i % topics.size()))
                .toList();
        try (PhoenixJsFanout node = PhoenixJsFanout.start(port, token, socketTopics)) {
            long clock = node.awaitStep("clock", 60).get("ns").asLong();
            double clockGapMillis = (System.nanoTime() - clock) / 1e6;
            JsonNode joined = node.awaitStep("joined", 120);
            int ok = joined.get("joined").asInt();
            System.out.printf(
                    "BENCH channel official phoenix@%s (Node, one process, one Socket per client) N=%d: "
                            + "%d/%d joined in %.2f s (connects started 2 ms apart); clock check: Java read Node's "
                            + "process.hrtime %.1f ms after Node took it (both CLOCK_MONOTONIC)%n",
                    PhoenixJsFanout.version(), n, ok, n, joined.get("ms").asDouble() / 1000, clockGapMillis);
            int expected = ok * EVENTS;
            for (int run = 1; run <= 2; run++) {
                double publishSeconds = publish(EVENTS);
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                List<Long> collected = new ArrayList<>();
                while (collected.size() < expected && System.nanoTime() < end) {
                    Thread.sleep(200);
                    node.report().get("latenciesNs").forEach(value -> collected.add(value.asLong()));
                }
                long[] latencies =
                        collected.stream().mapToLong(Long::longValue).sorted().toArray();
                double p50 = millis(latencies, 0.50);
                double p99 = millis(latencies, 0.99);
                double max = latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
                System.out.printf(
                        "BENCH channel official phoenix N=%d run %d/2: %d events published in %.2f s; "
                                + "delivered %d/%d; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms (vs minimal-java "
                                + "N=%d run 2: p50 ×%.1f, p99 ×%.1f, max ×%.1f)%n",
                        n,
                        run,
                        EVENTS * JOBS,
                        publishSeconds,
                        latencies.length,
                        expected,
                        p50,
                        p99,
                        max,
                        minimal.n,
                        p50 / minimal.p50,
                        p99 / minimal.p99,
                        max / minimal.max);
            }
        }
        awaitUnsubscribed();
    }

    /**
     * Publishes {@code events} rounds: in each round (one per 100 ms) every job once, 1 ms apart, as a copy of the
     * real job with progress and message {@code t=<System.nanoTime()>}. Returns the seconds it took.
     */
    private double publish(int events) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long gap = ROUND.toNanos() / JOBS;
        for (int round = 0; round < events; round++) {
            for (int j = 0; j < JOBS; j++) {
                long at = start + round * ROUND.toNanos() + j * gap;
                for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                PipelineJob job = jobs.get(j);
                int progress = (round + 1) * 100 / (events + 1);
                PipelineJob update = new PipelineJob(
                        job.id(),
                        job.ownerId(),
                        job.trackId(),
                        job.type(),
                        job.stageOrder(),
                        JobStatus.DOWNLOADING,
                        progress,
                        "t=" + System.nanoTime(),
                        null,
                        job.sourceUrl(),
                        null,
                        null,
                        1,
                        false,
                        job.createdAt(),
                        job.createdAt(),
                        null,
                        job.updatedAt());
                JobEventsBenchAccess.publish(jobEvents, update);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Machine-wide busy (without steal) and steal CPU time from /proc/stat, in ticks (zeros if unreadable). */
    private static long[] machineCpuTicks() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 7 && i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return new long[] {busy, f.length > 8 ? Long.parseLong(f[8]) : 0};
        } catch (IOException | RuntimeException unreadable) {
            return new long[] {0, 0};
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the minimal clients' threads (their executor and the HttpClient's selector), by thread id. */
    private static Map<Long, Long> clientThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null
                    && (info.getThreadName().startsWith("fanout-client")
                            || info.getThreadName().startsWith("HttpClient-"))) {
                cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    private static long cpuSince(Map<Long, Long> before, Map<Long, Long> after) {
        return after.entrySet().stream()
                .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
                .sum();
    }

    /** Waits until the server dropped every subscription of the closed clients. */
    private void awaitUnsubscribed() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (subscribers() > 0) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(subscribers() + " subscriptions left after the clients closed");
            }
            Thread.sleep(50);
        }
    }

    private int subscribers() {
        return jobs.stream()
                .mapToInt(job -> broadcaster.subscriberCount(Topics.job(job.id())))
                .sum();
    }

    private static double millis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }
}
