package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.realtime.PresenceTracker;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixNodeScript;
import com.soundforge.support.SfaWebTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Presence exactness at speed: hundreds of spectator sockets join a DJ session at once and half of them leave
 * again (politely or by dropping their socket) while clients of the official {@code phoenix} client's
 * {@code Presence} apply the diffs, some of them joining mid-storm; every one of them ends with the server's list.
 */
@SfaWebTest
class DjPresenceStormTest {

    /** Half of them stay: 550 plus the observers, so late joiners get the shared state of a room over 500. */
    private static final int CHURN = 1_100;

    @LocalServerPort
    int port;

    @Autowired
    DjService dj;

    @Autowired
    UserService users;

    @Autowired
    PresenceTracker presence;

    @Autowired
    com.soundforge.realtime.Broadcaster broadcaster;

    @Test
    void everyPhoenixClientEndsWithTheServersListAfterAJoinAndLeaveStorm() throws Exception {
        LiveShare live = LiveShare.open(users, dj);

        java.util.concurrent.atomic.AtomicInteger published = new java.util.concurrent.atomic.AtomicInteger();
        broadcaster.subscribe(live.topic(), m -> {
            if (PresenceTracker.DIFF.equals(m.event())) {
                published.incrementAndGet();
            }
        });
        try (PhoenixNodeScript node = PhoenixNodeScript.run(
                "/dj/phoenix-presence-storm.mjs",
                Map.of(
                        "SFA_SOCKET_URL",
                        "ws://localhost:" + port + "/socket",
                        "SHARE",
                        live.token(),
                        "TOPIC",
                        live.topic(),
                        "OBSERVERS",
                        "8",
                        "LATE",
                        "4",
                        "CHURN",
                        String.valueOf(CHURN)))) {
            node.awaitStep("observers joined", 60);
            node.awaitStep("churned", 110);

            Map<String, TreeSet<String>> server = awaitSettled(live.topic());
            assertThat(server.values().stream().mapToInt(TreeSet::size).sum())
                    .as("12 observers and the half of the storm that stayed")
                    .isEqualTo(12 + CHURN / 2);
            // the observers share a process with the storm's sockets and may still be reading what was sent
            JsonNode report;
            List<Integer> wrong;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            do {
                node.send("report");
                report = node.awaitStep("lists", 30);
                assertThat(report.get("closes")).as("observer sockets closed").isEmpty();
                wrong = differing(report.get("lists"), server);
            } while (!wrong.isEmpty() && System.nanoTime() < deadline && sleep(500));
            assertThat(wrong)
                    .as(
                            "observers (0-7 before the storm, 8-11 during it) whose list differs; diffs received: %s,"
                                    + " published: %d",
                            report.get("diffCounts"), published.get())
                    .isEmpty();
            node.send("exit");
        }
    }

    private List<Integer> differing(JsonNode lists, Map<String, TreeSet<String>> server) {
        assertThat(lists.size()).isEqualTo(12);
        List<Integer> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            if (!refs(lists.get(i)).equals(server)) {
                wrong.add(i);
            }
        }
        return wrong;
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    /** The server's list once it has stopped changing and its last diff has had time to go out. */
    private Map<String, TreeSet<String>> awaitSettled(String topic) throws InterruptedException {
        Map<String, TreeSet<String>> last = Map.of();
        for (int i = 0; i < 100; i++) {
            Thread.sleep(300);
            Map<String, TreeSet<String>> now = serverRefs(topic);
            if (now.equals(last)) {
                Thread.sleep(1_500);
                return serverRefs(topic);
            }
            last = now;
        }
        return last;
    }

    private Map<String, TreeSet<String>> serverRefs(String topic) {
        Map<String, TreeSet<String>> refs = new TreeMap<>();
        presence.state(topic).forEach((key, entry) -> {
            List<Map<String, Object>> metas = entry.get("metas");
            TreeSet<String> set = new TreeSet<>();
            metas.forEach(m -> set.add((String) m.get("phx_ref")));
            refs.put(key, set);
        });
        return refs;
    }

    private static Map<String, TreeSet<String>> refs(JsonNode list) {
        Map<String, TreeSet<String>> refs = new TreeMap<>();
        list.properties().forEach(e -> {
            TreeSet<String> set = new TreeSet<>();
            e.getValue().forEach(ref -> set.add(ref.asString()));
            refs.put(e.getKey(), set);
        });
        return refs;
    }
}
