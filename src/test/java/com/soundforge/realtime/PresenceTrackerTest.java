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
        screen.leave();
        screen.leave();

        awaitDiffs(2);
        PresenceDiff join = (PresenceDiff) diffs.get(0).payload();
        PresenceDiff leave = (PresenceDiff) diffs.get(1).payload();
        assertThat(diffs).extracting(TopicMessage::event).containsOnly(PresenceTracker.DIFF);
        assertThat(join.joins().get("ada").get("metas").getFirst()).containsEntry("phx_ref", screen.ref());
        assertThat(join.leaves()).isEmpty();
        assertThat(leave.leaves().get("ada").get("metas").getFirst()).containsEntry("phx_ref", screen.ref());
        assertThat(tracker.state(TOPIC)).isEmpty();
        Thread.sleep(100);
        assertThat(diffs).hasSize(2);
    }

    @Test
    void anUpdateIsOneDiffLeavingTheOldMetaAndJoiningTheNewWithItsPreviousRef() throws Exception {
        PresenceTracker.Presence screen = tracker.join(TOPIC, "ada", Map.of("name", "Ada"));
        String first = screen.ref();
        broadcaster.subscribe(TOPIC, diffs::add);
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
        assertThat(tracker.state(TOPIC).get("ada").get("metas").getFirst()).containsEntry("phx_ref", screen.ref());

        screen.leave();
        screen.update(Map.of("name", "Late"));
        awaitDiffs(2);
        Thread.sleep(100);
        assertThat(diffs).hasSize(2);
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
