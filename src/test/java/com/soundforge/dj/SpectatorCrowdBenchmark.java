package com.soundforge.dj;

import com.soundforge.realtime.PresenceTracker;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixNodeScript;
import com.soundforge.support.SfaWebTest;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A full room from outside the JVM: N spectator sockets in separate Node processes (5,000 each) on one DJ session,
 * the DJ announcing over its own socket and moving the crossfader, against SFA and, in the same run, a minimal
 * single-threaded Node {@code ws} server doing the same protocol subset. Prints receipt latency (DJ action →
 * spectator, wall clock in microseconds on this machine), delivered/expected, the DJ's acknowledgement, heap and
 * resident memory per socket and join time, with ratios to the reference. {@code bench/spectators.sh} runs it.
 */
@SfaWebTest
@Tag("bench")
@TestPropertySource(properties = {"server.tomcat.max-connections=60000", "server.tomcat.accept-count=10000"})
class SpectatorCrowdBenchmark {

    private static final int PER_PROCESS = 5_000;
    private static final int ROUNDS = 10;

    @LocalServerPort
    int port;

    @Autowired
    DjService dj;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    PresenceTracker presence;

    private record Result(
            int sockets,
            long joinMillis,
            double heapPerSocketKb,
            double rssPerSocketKb,
            long[] announceMicros,
            long[] mixerMicros,
            long delivered,
            long expected,
            long[] ackMicros,
            long diffs,
            long closedByServer) {}

    /** A server under test: where its sockets connect and how its memory and the DJ's crossfader are read. */
    private interface Server {
        String crowdUrl();

        String djUrl();

        long heapBytes() throws Exception;

        long rssBytes() throws Exception;

        /** Moves the crossfader; returns the DJ's acknowledgement time in microseconds. */
        long mixer(PhoenixNodeScript djClient, double value) throws Exception;

        void awaitEmpty() throws Exception;
    }

    @Test
    void fanOut() throws Exception {
        LiveShare live = LiveShare.open(users, dj);
        String key = keys.create(live.owner().id(), "bench-dj").rawKey();
        Path nodeDir = PhoenixNodeScript.wsInstalled();
        int refPort = freePort();
        List<Integer> sizes = Arrays.stream(System.getProperty("crowd.bench.sizes", "1000,5000,20000")
                        .split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();

        Server sfa = new Server() {
            public String crowdUrl() {
                return "ws://127.0.0.1:" + port + "/socket/websocket?vsn=2.0.0&share=" + live.token();
            }

            public String djUrl() {
                return "ws://127.0.0.1:" + port + "/socket/websocket?vsn=2.0.0&token=" + key;
            }

            public long heapBytes() throws InterruptedException {
                return heapAfterGc();
            }

            public long rssBytes() throws Exception {
                return ownRss();
            }

            public long mixer(PhoenixNodeScript djClient, double value) {
                long start = System.nanoTime();
                dj.apply(live.owner().id(), live.session().id(), new DjCommand.Crossfader(value, "power"), "bench-dj");
                return (System.nanoTime() - start) / 1_000;
            }

            public void awaitEmpty() throws InterruptedException {
                for (int i = 0; i < 600 && presence.screens(live.topic()) > 0; i++) {
                    Thread.sleep(100);
                }
            }
        };
        try (PhoenixNodeScript refServer = PhoenixNodeScript.run(
                "/bench/reference-spectator-server.mjs",
                Map.of("NODE_DIR", nodeDir.toString(), "PORT", String.valueOf(refPort)))) {
            refServer.awaitStep("listening", 30);
            Server ref = new Server() {
                public String crowdUrl() {
                    return "ws://127.0.0.1:" + refPort + "/socket/websocket?vsn=2.0.0";
                }

                public String djUrl() {
                    return crowdUrl();
                }

                public long heapBytes() throws Exception {
                    refServer.send("stats");
                    return refServer.awaitStep("stats", 60).get("heap").asLong();
                }

                public long rssBytes() throws Exception {
                    refServer.send("stats");
                    return refServer.awaitStep("stats", 60).get("rss").asLong();
                }

                public long mixer(PhoenixNodeScript djClient, double value) throws Exception {
                    djClient.send("mixer " + value);
                    return djClient.awaitStep("ack", 30).get("micros").asLong();
                }

                public void awaitEmpty() throws Exception {
                    for (int i = 0; i < 600; i++) {
                        refServer.send("stats");
                        if (refServer.awaitStep("stats", 60).get("sockets").asInt() <= 1) {
                            return;
                        }
                        Thread.sleep(100);
                    }
                }
            };
            print("machine: %d cores; %d rounds of (announcement, crossfader move) per size", cores(), ROUNDS);
            for (int n : sizes) {
                Result mine = measure(sfa, n, live.topic(), live.token(), nodeDir);
                Result theirs = measure(ref, n, live.topic(), live.token(), nodeDir);
                report("SFA", mine, null);
                report("Node ws reference", theirs, null);
                report("SFA / reference", mine, theirs);
            }
            refServer.send("exit");
        }
    }

    private Result measure(Server server, int n, String topic, String share, Path nodeDir) throws Exception {
        long heap0 = server.heapBytes();
        long rss0 = server.rssBytes();
        List<PhoenixNodeScript> crowd = new ArrayList<>();
        long joinMillis = 0;
        try (PhoenixNodeScript djClient = PhoenixNodeScript.run(
                "/bench/dj-client.mjs",
                Map.of("NODE_DIR", nodeDir.toString(), "URL", server.djUrl(), "TOPIC", topic))) {
            djClient.awaitStep("joined", 30);
            for (int first = 0; first < n; first += PER_PROCESS) {
                Map<String, String> env = new HashMap<>();
                env.put("NODE_DIR", nodeDir.toString());
                env.put("URL", server.crowdUrl());
                env.put("TOPIC", topic);
                env.put("TOKEN", share);
                env.put("COUNT", String.valueOf(Math.min(PER_PROCESS, n - first)));
                env.put("FIRST", String.valueOf(first));
                env.put("LOCAL", "127.0.0." + (2 + first / PER_PROCESS));
                crowd.add(PhoenixNodeScript.run("/bench/spectator-crowd.mjs", env));
            }
            int failed = 0;
            for (PhoenixNodeScript process : crowd) {
                JsonNode joined = process.awaitStep("joined", 600);
                joinMillis = Math.max(joinMillis, joined.get("ms").asLong());
                failed += joined.get("failed").asInt();
                if (joined.get("failed").asInt() > 0) {
                    print("joins failed in one process of %s: %s", server.crowdUrl(), joined.get("why"));
                }
            }
            if (failed > 0) {
                print("%d joins failed", failed);
            }
            Thread.sleep(3_000);
            long heap1 = server.heapBytes();
            long rss1 = server.rssBytes();
            for (PhoenixNodeScript process : crowd) {
                process.send("report");
                process.awaitStep("report", 60);
            }

            List<Long> acks = new ArrayList<>();
            Map<Double, Long> mixerSent = new HashMap<>();
            for (int r = 0; r < ROUNDS; r++) {
                djClient.send("announce");
                JsonNode ack = djClient.awaitStep("ack", 30);
                acks.add(ack.get("micros").asLong());
                Thread.sleep(500);
                double value = (r % 2 == 0 ? 1 : -1) * (r + 1) / 100.0;
                mixerSent.put(value, nowMicros());
                acks.add(server.mixer(djClient, value));
                Thread.sleep(500);
            }
            Thread.sleep(3_000);
            List<Long> announce = new ArrayList<>();
            List<Long> mixer = new ArrayList<>();
            long diffs = 0;
            long closed = 0;
            for (PhoenixNodeScript process : crowd) {
                process.send("report");
                JsonNode report = process.awaitStep("report", 120);
                JsonNode a = report.get("announcements");
                for (int i = 0; i + 1 < a.size(); i += 2) {
                    announce.add(a.get(i + 1).asLong() - a.get(i).asLong());
                }
                JsonNode m = report.get("mixer");
                for (int i = 0; i + 1 < m.size(); i += 2) {
                    Long sent = mixerSent.get(m.get(i).asDouble());
                    if (sent != null) {
                        mixer.add(m.get(i + 1).asLong() - sent);
                    }
                }
                diffs += report.get("diffs").asLong();
                closed += report.get("closedByServer").asLong();
            }
            for (PhoenixNodeScript process : crowd) {
                process.send("close");
                process.awaitStep("closed", 60);
            }
            server.awaitEmpty();
            return new Result(
                    n,
                    joinMillis,
                    (heap1 - heap0) / 1024.0 / n,
                    (rss1 - rss0) / 1024.0 / n,
                    sorted(announce),
                    sorted(mixer),
                    announce.size() + mixer.size(),
                    2L * ROUNDS * n,
                    sorted(acks),
                    diffs,
                    closed);
        } finally {
            for (PhoenixNodeScript process : crowd) {
                process.close();
            }
        }
    }

    private static void report(String who, Result r, Result reference) {
        if (reference == null) {
            print(
                    "%s, %d spectators: joined in %.1f s; heap %.1f KB/socket, resident %.1f KB/socket; "
                            + "delivered %d/%d; presence diffs received after the joins %d; closed by server %d",
                    who,
                    r.sockets,
                    r.joinMillis / 1000.0,
                    r.heapPerSocketKb,
                    r.rssPerSocketKb,
                    r.delivered,
                    r.expected,
                    r.diffs,
                    r.closedByServer);
            print("%s, %d spectators: announcement receipt %s", who, r.sockets, stats(r.announceMicros));
            print("%s, %d spectators: crossfader receipt %s", who, r.sockets, stats(r.mixerMicros));
            print("%s, %d spectators: DJ acknowledgement %s", who, r.sockets, stats(r.ackMicros));
            return;
        }
        print(
                "%s, %d spectators: heap/socket %.2f, resident/socket %.2f, join time %.2f, announcement p50 %.2f"
                        + " p99 %.2f, crossfader p50 %.2f p99 %.2f, DJ ack p50 %.2f",
                who,
                r.sockets,
                r.heapPerSocketKb / reference.heapPerSocketKb,
                r.rssPerSocketKb / reference.rssPerSocketKb,
                (double) r.joinMillis / reference.joinMillis,
                ratio(r.announceMicros, reference.announceMicros, 0.5),
                ratio(r.announceMicros, reference.announceMicros, 0.99),
                ratio(r.mixerMicros, reference.mixerMicros, 0.5),
                ratio(r.mixerMicros, reference.mixerMicros, 0.99),
                ratio(r.ackMicros, reference.ackMicros, 0.5));
    }

    private static double ratio(long[] mine, long[] theirs, double q) {
        return mine.length == 0 || theirs.length == 0 ? Double.NaN : (double) at(mine, q) / at(theirs, q);
    }

    private static String stats(long[] micros) {
        if (micros.length == 0) {
            return "no samples";
        }
        return "n=%d p50 %.2f ms p99 %.2f ms max %.2f ms"
                .formatted(
                        micros.length, at(micros, 0.5) / 1e3, at(micros, 0.99) / 1e3, micros[micros.length - 1] / 1e3);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)];
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long ownRss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("BENCH spectators " + format.formatted(args));
    }
}
