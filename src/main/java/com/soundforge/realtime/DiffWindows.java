package com.soundforge.realtime;

import com.soundforge.realtime.PresenceTracker.PresenceDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Merges a topic's presence joins and leaves over a short window into one {@code presence_diff}. The first change
 * after a quiet window goes out at once; later ones wait for the window to end, so each member gets at most one
 * diff per window however fast people come and go. The window grows with the room ({@link #windowNanos}).
 *
 * <p>A screen that joins and leaves within one window is in both halves of the diff. Clients apply a diff's joins
 * before its leaves (Phoenix's {@code syncDiff}), so it ends absent for everyone, also for a client whose
 * {@code presence_state} was taken while it was there. Diffs are published on one thread, in order.
 */
final class DiffWindows {

    static final long MIN_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long MAX_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long WINDOW_NANOS_PER_SCREEN = TimeUnit.MICROSECONDS.toNanos(50);

    private record Meta(String key, Map<String, Object> wire) {}

    /** What changed on one topic since its last diff. */
    private static final class Pending {
        final Map<String, Meta> joins = new LinkedHashMap<>();
        final Map<String, Meta> leaves = new LinkedHashMap<>();
        long lastFlush = System.nanoTime() - MAX_WINDOW_NANOS;
        /** The state right after the last diff went out (it may include changes of the next diff). */
        Map<String, Map<String, List<Map<String, Object>>>> sentState;

        boolean scheduled;
        boolean retired;

        boolean isEmpty() {
            return joins.isEmpty() && leaves.isEmpty();
        }
    }

    private final Broadcaster broadcaster;
    private final ScheduledExecutorService scheduler;
    private final ToIntFunction<String> screens;
    private final Function<String, Map<String, Map<String, List<Map<String, Object>>>>> currentState;
    private final ConcurrentHashMap<String, Pending> byTopic = new ConcurrentHashMap<>();

    DiffWindows(
            Broadcaster broadcaster,
            ScheduledExecutorService scheduler,
            ToIntFunction<String> screens,
            Function<String, Map<String, Map<String, List<Map<String, Object>>>>> currentState) {
        this.currentState = currentState;
        this.broadcaster = broadcaster;
        this.scheduler = scheduler;
        this.screens = screens;
    }

    /** 100 ms, plus 50 µs per screen over 2,000, up to 1 s: 20,000 screens get a diff a second. */
    static long windowNanos(int screens) {
        return Math.clamp(screens * WINDOW_NANOS_PER_SCREEN, MIN_WINDOW_NANOS, MAX_WINDOW_NANOS);
    }

    void joined(String topic, String ref, String key, Map<String, Object> wire) {
        record(topic, p -> p.joins.put(ref, new Meta(key, wire)));
    }

    void left(String topic, String ref, String key, Map<String, Object> wire) {
        record(topic, p -> p.leaves.put(ref, new Meta(key, wire)));
    }

    void updated(
            String topic,
            String key,
            String oldRef,
            Map<String, Object> before,
            String newRef,
            Map<String, Object> after) {
        record(topic, p -> {
            p.leaves.put(oldRef, new Meta(key, before));
            p.joins.put(newRef, new Meta(key, after));
        });
    }

    private void record(String topic, Consumer<Pending> change) {
        while (true) {
            Pending pending = byTopic.computeIfAbsent(topic, t -> new Pending());
            synchronized (pending) {
                if (pending.retired) {
                    continue;
                }
                change.accept(pending);
                if (!pending.scheduled) {
                    pending.scheduled = true;
                    long due = pending.lastFlush + windowNanos(screens.applyAsInt(topic)) - System.nanoTime();
                    scheduler.schedule(() -> flush(topic, pending), Math.max(0, due), TimeUnit.NANOSECONDS);
                }
                return;
            }
        }
    }

    private void flush(String topic, Pending pending) {
        synchronized (pending) {
            pending.scheduled = false;
            pending.lastFlush = System.nanoTime();
            if (!pending.isEmpty()) {
                PresenceDiff diff = new PresenceDiff(grouped(pending.joins), grouped(pending.leaves));
                pending.joins.clear();
                pending.leaves.clear();
                broadcaster.publish(topic, PresenceTracker.DIFF, diff);
                pending.sentState = screens.applyAsInt(topic) > PresenceTracker.SHARED_STATE_MIN_SCREENS
                        ? new SharedMap<>(currentState.apply(topic))
                        : null;
            }
        }
        scheduler.schedule(() -> retireIfQuiet(topic, pending), MAX_WINDOW_NANOS, TimeUnit.NANOSECONDS);
    }

    private void retireIfQuiet(String topic, Pending pending) {
        synchronized (pending) {
            if (!pending.scheduled
                    && pending.isEmpty()
                    && !pending.retired
                    && System.nanoTime() - pending.lastFlush >= MAX_WINDOW_NANOS) {
                pending.retired = true;
                byTopic.remove(topic, pending);
            }
        }
    }

    private static Map<String, Map<String, List<Map<String, Object>>>> grouped(Map<String, Meta> byRef) {
        Map<String, List<Map<String, Object>>> metas = new LinkedHashMap<>();
        byRef.values()
                .forEach(m ->
                        metas.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m.wire));
        Map<String, Map<String, List<Map<String, Object>>>> grouped = new LinkedHashMap<>();
        metas.forEach((key, list) -> grouped.put(key, Map.of("metas", list)));
        return grouped;
    }

    /** The state shared since the topic's last diff, or null when there is none (a quiet or new topic). */
    Map<String, Map<String, List<Map<String, Object>>>> lastSentState(String topic) {
        Pending pending = byTopic.get(topic);
        if (pending == null) {
            return null;
        }
        synchronized (pending) {
            return pending.retired ? null : pending.sentState;
        }
    }
}
