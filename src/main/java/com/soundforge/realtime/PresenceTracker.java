package com.soundforge.realtime;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Who is on a topic, Phoenix-Presence style: per topic a map of key (a person) → metas (one per screen, each with
 * its {@code phx_ref}). Joins and leaves are published on the topic itself as {@code presence_diff} with
 * {@link PresenceDiff} payloads; {@link #state} is the {@code presence_state}. A screen that stops touching its
 * presence (a tab closed without a goodbye) is removed after the timeout.
 */
@Service
public class PresenceTracker implements DisposableBean {

    public static final String DIFF = "presence_diff";
    public static final long DEFAULT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(8);

    /** One screen's presence; {@link #touch} keeps it alive, {@link #update} changes its meta, {@link #leave} ends it. */
    public final class Presence implements AutoCloseable {
        private final String topic;
        private final String key;
        private volatile String ref;
        private volatile Map<String, Object> meta;
        private volatile boolean left;
        private volatile long lastSeen;

        private Presence(String topic, String key, String ref, Map<String, Object> meta) {
            this.topic = topic;
            this.key = key;
            this.ref = ref;
            this.meta = meta;
            this.lastSeen = clock.getAsLong();
        }

        public String ref() {
            return ref;
        }

        public String key() {
            return key;
        }

        public void touch() {
            lastSeen = clock.getAsLong();
        }

        /**
         * Replaces this screen's meta, as Phoenix's {@code Presence.update} does: one {@code presence_diff} whose
         * leaves hold the old meta and whose joins hold the new one, with a new {@code phx_ref} and the old one as
         * {@code phx_ref_prev}. Nothing happens once the screen has left.
         */
        public void update(Map<String, Object> newMeta) {
            PresenceTracker.this.update(this, newMeta);
        }

        public Map<String, Object> meta() {
            return meta;
        }

        public void leave() {
            PresenceTracker.this.leave(this);
        }

        @Override
        public void close() {
            leave();
        }
    }

    /** {@code {"joins": {key: {"metas": [...]}}, "leaves": {...}}} on the wire. */
    public record PresenceDiff(
            Map<String, Map<String, List<Map<String, Object>>>> joins,
            Map<String, Map<String, List<Map<String, Object>>>> leaves) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Broadcaster broadcaster;
    private final LongSupplier clock;
    private final long timeoutNanos;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Presence>> byTopic = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    @Autowired
    public PresenceTracker(Broadcaster broadcaster) {
        this(broadcaster, System::nanoTime, DEFAULT_TIMEOUT_NANOS, true);
    }

    PresenceTracker(Broadcaster broadcaster, LongSupplier clock, long timeoutNanos, boolean sweepInBackground) {
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.timeoutNanos = timeoutNanos;
        this.sweeper = sweepInBackground
                ? Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().daemon().name("presence-sweeper").factory())
                : null;
        if (sweeper != null) {
            sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Adds a screen for {@code key} on the topic and tells everyone on it. */
    public Presence join(String topic, String key, Map<String, Object> meta) {
        Presence presence = new Presence(topic, key, newRef(), Map.copyOf(meta));
        byTopic.computeIfAbsent(topic, t -> new ConcurrentHashMap<>()).put(presence.ref, presence);
        broadcaster.publish(topic, DIFF, new PresenceDiff(entry(presence), Map.of()));
        return presence;
    }

    /** {@code {key: {"metas": [meta + phx_ref, ...]}}}: what a newly joined client starts from. */
    public Map<String, Map<String, List<Map<String, Object>>>> state(String topic) {
        Map<String, List<Map<String, Object>>> metas = new LinkedHashMap<>();
        byTopic.getOrDefault(topic, new ConcurrentHashMap<>())
                .values()
                .forEach(p ->
                        metas.computeIfAbsent(p.key, k -> new ArrayList<>()).add(wire(p)));
        Map<String, Map<String, List<Map<String, Object>>>> state = new LinkedHashMap<>();
        metas.forEach((key, list) -> state.put(key, Map.of("metas", list)));
        return state;
    }

    /** People (distinct keys) on the topic. */
    public int people(String topic) {
        return (int) byTopic.getOrDefault(topic, new ConcurrentHashMap<>()).values().stream()
                .map(p -> p.key)
                .distinct()
                .count();
    }

    /** Screens on the topic. */
    public int screens(String topic) {
        return byTopic.getOrDefault(topic, new ConcurrentHashMap<>()).size();
    }

    private void update(Presence presence, Map<String, Object> newMeta) {
        ConcurrentHashMap<String, Presence> screens = byTopic.get(presence.topic);
        if (screens == null) {
            return;
        }
        synchronized (presence) {
            if (presence.left || !screens.remove(presence.ref, presence)) {
                return;
            }
            Map<String, Map<String, List<Map<String, Object>>>> before = entry(presence);
            Map<String, Object> meta = new LinkedHashMap<>(newMeta);
            meta.put("phx_ref_prev", presence.ref);
            presence.meta = Collections.unmodifiableMap(meta);
            presence.ref = newRef();
            presence.lastSeen = clock.getAsLong();
            screens.put(presence.ref, presence);
            broadcaster.publish(presence.topic, DIFF, new PresenceDiff(entry(presence), before));
        }
    }

    void leave(Presence presence) {
        ConcurrentHashMap<String, Presence> screens = byTopic.get(presence.topic);
        synchronized (presence) {
            if (screens != null && !presence.left && screens.remove(presence.ref, presence)) {
                presence.left = true;
                byTopic.computeIfPresent(presence.topic, (t, map) -> map.isEmpty() ? null : map);
                broadcaster.publish(presence.topic, DIFF, new PresenceDiff(Map.of(), entry(presence)));
            }
        }
    }

    /** Removes screens that have not been touched within the timeout. */
    void sweep() {
        long now = clock.getAsLong();
        byTopic.values()
                .forEach(screens -> screens.values().stream()
                        .filter(p -> now - p.lastSeen > timeoutNanos)
                        .toList()
                        .forEach(this::leave));
    }

    private static String newRef() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    private static Map<String, Map<String, List<Map<String, Object>>>> entry(Presence presence) {
        return Map.of(presence.key, Map.of("metas", List.of(wire(presence))));
    }

    private static Map<String, Object> wire(Presence presence) {
        Map<String, Object> meta = new LinkedHashMap<>(presence.meta);
        meta.put("phx_ref", presence.ref);
        return meta;
    }

    @Override
    public void destroy() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }
}
