package com.soundforge.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.realtime.PresenceTracker.PresenceDiff;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresenceTrackerTest {

    private static final String TOPIC = "dj:session:1";

    private final Broadcaster broadcaster = new Broadcaster();
    private final AtomicLong now = new AtomicLong();
    private final PresenceTracker tracker =
            new PresenceTracker(broadcaster, now::get, TimeUnit.SECONDS.toNanos(8), false);
    private final List<TopicMessage> diffs = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        tracker.destroy();
        broadcaster.destroy();
    }

    @Test
    void severalScreensOfOnePersonAreOnePersonWithSeveralMetas() {
        tracker.join(TOPIC, "ada", Map.of("name", "Ada"));
        tracker.join(TOPIC, "ada", Map.of("name", "Ada"));
        tracker.join(TOPIC, "bob", Map.of("name", "Bob"));

        assertThat(tracker.people(TOPIC)).isEqualTo(2);
        assertThat(tracker.screens(TOPIC)).isEqualTo(3);
        assertThat(tracker.state(TOPIC).get("ada").get("metas"))
                .hasSize(2)
                .allSatisfy(
                        meta -> assertThat(meta).containsEntry("name", "Ada").containsKey("phx_ref"));
    }

    @Test
    void joinsAndLeavesArePublishedAsDiffsOnTheTopic() throws Exception {
        broadcaster.subscribe(TOPIC, diffs::add);
        PresenceTracker.Presence screen = tracker.join(TOPIC, "ada", Map.of("name", "Ada"));
        awaitDiffs(1);
        screen.leave();
        screen.leave();

        awaitDiffs(2);
        PresenceDiff join = (PresenceDiff) diffs.get(0).payload();
        PresenceDiff leave = (PresenceDiff) diffs.get(1).payload();
        assertThat(diffs).extracting(TopicMessage::event).containsOnly(PresenceTracker.DIFF);
        assertThat(join.joins().get("ada").get("metas").getFirst()).containsEntry("phx_ref", screen.ref());
        assertThat(join.leaves()).isEmpty();
        assertThat(leave.leaves().get("ada").get("metas").getFirst()).containsEntry("phx_ref", screen.ref());
        assertThat(leave.joins()).isEmpty();
        assertThat(tracker.state(TOPIC)).isEmpty();
        Thread.sleep(300);
        assertThat(diffs).hasSize(2);
    }

    @Test
    void anUpdateLeavesTheOldMetaAndJoinsTheNewWithItsPreviousRef() throws Exception {
        PresenceTracker.Presence screen = tracker.join(TOPIC, "ada", Map.of("name", "Ada"));
        String first = screen.ref();
        Thread.sleep(200);
        broadcaster.subscribe(TOPIC, diffs::add);
        PhoenixPresenceModel client = new PhoenixPresenceModel();
        client.syncState(tracker.state(TOPIC));
        java.util.Map<String, Object> editing = new java.util.HashMap<>(Map.of("name", "Ada"));
        editing.put("editing", null);
        screen.update(editing);

        awaitDiffs(1);
        PresenceDiff update = (PresenceDiff) diffs.getFirst().payload();
        assertThat(update.leaves().get("ada").get("metas").getFirst()).containsEntry("phx_ref", first);
        Map<String, Object> joined = update.joins().get("ada").get("metas").getFirst();
        assertThat(joined)
                .containsEntry("phx_ref", screen.ref())
                .containsEntry("phx_ref_prev", first)
                .containsEntry("editing", null);
        assertThat(screen.ref()).isNotEqualTo(first);
        assertThat(tracker.screens(TOPIC)).isEqualTo(1);
        client.syncDiff(update);
        assertThat(client.refsByKey()).isEqualTo(PhoenixPresenceModel.of(tracker.state(TOPIC)));

        screen.leave();
        screen.update(Map.of("name", "Late"));
        awaitDiffs(2);
        Thread.sleep(300);
        assertThat(diffs).hasSize(2);
        assertThat(tracker.state(TOPIC)).isEmpty();
    }

    @Test
    void changesWithinAWindowGoOutAsOneDiff() throws Exception {
        broadcaster.subscribe(TOPIC, diffs::add);
        tracker.join(TOPIC, "first", Map.of());
        awaitDiffs(1);
        List<PresenceTracker.Presence> storm = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            storm.add(tracker.join(TOPIC, "p" + i, Map.of()));
        }
        storm.subList(0, 10).forEach(PresenceTracker.Presence::leave);

        awaitDiffs(2);
        Thread.sleep(300);
        assertThat(diffs)
                .as("the first join alone, then one diff for the 60 changes after it")
                .hasSize(2);
        PresenceDiff merged = (PresenceDiff) diffs.get(1).payload();
        assertThat(merged.joins()).hasSize(50);
        assertThat(merged.leaves()).hasSize(10);
    }

    @Test
    void aScreenThatCameAndWentWithinAWindowIsGoneAlsoForAClientWhoseStateHadIt() throws Exception {
        broadcaster.subscribe(TOPIC, diffs::add);
        tracker.join(TOPIC, "first", Map.of());
        awaitDiffs(1);
        PresenceTracker.Presence brief = tracker.join(TOPIC, "brief", Map.of());
        PhoenixPresenceModel joinedMeanwhile = new PhoenixPresenceModel();
        joinedMeanwhile.syncState(tracker.state(TOPIC));
        assertThat(joinedMeanwhile.refsByKey()).containsKey("brief");
        brief.leave();

        awaitDiffs(2);
        joinedMeanwhile.syncDiff((PresenceDiff) diffs.get(1).payload());
        assertThat(joinedMeanwhile.refsByKey()).containsOnlyKeys("first");
    }

    @Test
    void everyClientEndsWithTheServersListHoweverFastPeopleComeAndGo() throws Exception {
        PhoenixPresenceModel fromStart = new PhoenixPresenceModel();
        broadcaster.subscribe(TOPIC, m -> fromStart.syncDiff((PresenceDiff) m.payload()));
        PhoenixPresenceModel[] midway = new PhoenixPresenceModel[1];
        List<TopicMessage> midwayDiffs = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        broadcaster.subscribe(TOPIC, m -> total.incrementAndGet());
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform()
                    .uncaughtExceptionHandler((th, e) -> failures.add(e))
                    .start(() -> {
                        List<PresenceTracker.Presence> mine = new java.util.ArrayList<>();
                        for (int i = 0; i < 150; i++) {
                            mine.add(tracker.join(TOPIC, "t" + thread + "-" + (i % 40), Map.of("i", i)));
                            if (i % 10 == 0) {
                                mine.getLast().update(Map.of("i", -i));
                            }
                            if (i % 3 == 0) {
                                mine.remove(mine.size() / 2).leave();
                            }
                            if (thread == 0 && i == 75) {
                                // a client joining mid-storm: subscribed first, then its presence_state
                                broadcaster.subscribe(TOPIC, midwayDiffs::add);
                                PhoenixPresenceModel model = new PhoenixPresenceModel();
                                model.syncState(tracker.state(TOPIC));
                                midway[0] = model;
                            }
                        }
                    }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        Thread.sleep(1000);
        midwayDiffs.forEach(m -> midway[0].syncDiff((PresenceDiff) m.payload()));

        Map<String, java.util.Set<String>> server = PhoenixPresenceModel.of(tracker.state(TOPIC));
        assertThat(server).isNotEmpty();
        assertThat(fromStart.refsByKey()).isEqualTo(server);
        assertThat(midway[0].refsByKey()).isEqualTo(server);
        assertThat(total.get())
                .as("diffs for 8 x 150 joins, 400 leaves and 120 updates")
                .isLessThan(100);
    }

    @Test
    void aLargeRoomSharesTheStateOfItsLastDiffAndTheNextDiffCompletesIt() throws Exception {
        broadcaster.subscribe(TOPIC, diffs::add);
        for (int i = 0; i <= PresenceTracker.SHARED_STATE_MIN_SCREENS; i++) {
            tracker.join(TOPIC, "p" + i, Map.of());
        }
        Thread.sleep(300);
        int sent = diffs.size();
        PresenceTracker.Presence late = tracker.join(TOPIC, "late", Map.of());
        tracker.join(TOPIC, "p0", Map.of());

        Map<String, Map<String, List<Map<String, Object>>>> shared = null;
        for (int i = 0; i < 20 && shared == null; i++) {
            Map<String, Map<String, List<Map<String, Object>>>> first = tracker.state(TOPIC);
            shared = tracker.state(TOPIC) == first ? first : null;
        }
        assertThat(shared).as("one object for every joiner until the next diff").isNotNull();
        PhoenixPresenceModel joiner = new PhoenixPresenceModel();
        joiner.syncState(shared);
        awaitDiffs(sent + 1);
        Thread.sleep(500);
        diffs.subList(sent, diffs.size()).forEach(m -> joiner.syncDiff((PresenceDiff) m.payload()));

        assertThat(joiner.refsByKey()).isEqualTo(PhoenixPresenceModel.of(tracker.currentState(TOPIC)));
        assertThat(joiner.refsByKey()).containsKey(late.key());
        assertThat(joiner.refsByKey().get("p0")).hasSize(2);
    }

    @Test
    void theWindowGrowsWithTheRoom() {
        assertThat(DiffWindows.windowNanos(3)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
        assertThat(DiffWindows.windowNanos(5_000)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(250));
        assertThat(DiffWindows.windowNanos(20_000)).isEqualTo(TimeUnit.SECONDS.toNanos(1));
        assertThat(DiffWindows.windowNanos(200_000)).isEqualTo(TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void aScreenJoinedUntilItLeavesIsNeverSweptHoweverQuiet() {
        PresenceTracker.Presence held = tracker.joinUntilLeft(TOPIC, "socket", Map.of());
        tracker.join(TOPIC, "page", Map.of());

        now.addAndGet(TimeUnit.MINUTES.toNanos(30));
        tracker.sweep();

        assertThat(tracker.state(TOPIC)).containsOnlyKeys("socket");
        held.leave();
        assertThat(tracker.state(TOPIC)).isEmpty();
    }

    @Test
    void aScreenThatStopsTouchingItsPresenceIsRemovedAfterTheTimeout() {
        PresenceTracker.Presence quiet = tracker.join(TOPIC, "ada", Map.of());
        PresenceTracker.Presence alive = tracker.join(TOPIC, "bob", Map.of());

        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        alive.touch();
        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        tracker.sweep();

        assertThat(tracker.state(TOPIC)).containsOnlyKeys("bob");
        assertThat(quiet.ref()).isNotEqualTo(alive.ref());
    }

    private void awaitDiffs(int count) throws InterruptedException {
        for (int i = 0; i < 100 && diffs.size() < count; i++) {
            Thread.sleep(20);
        }
        assertThat(diffs).hasSizeGreaterThanOrEqualTo(count);
    }
}
