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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Who is on a topic, Phoenix-Presence style: per topic a map of key (a person) → metas (one per screen, each with
 * its {@code phx_ref}). Joins and leaves are published on the topic itself as {@code presence_diff} with
 * {@link PresenceDiff} payloads, merged per topic over a short window ({@link DiffWindows}) so a join storm costs
 * each member a few diffs, not one per join; {@link #state} is the {@code presence_state}. A screen joined with
 * {@link #join} that stops touching its presence (a tab closed without a goodbye) is removed after the timeout; one
 * joined with {@link #joinUntilLeft} (a channel, whose socket always says when it goes) stays until it leaves.
 */
@Service
public class PresenceTracker implements DisposableBean {

    public static final String DIFF = "presence_diff";
    public static final long DEFAULT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(8);
    static final int SHARED_STATE_MIN_SCREENS = 500;

    /** One screen's presence; {@link #touch} keeps it alive, {@link #update} changes its meta, {@link #leave} ends it. */
    public final class Presence implements AutoCloseable {
        private final String topic;
        private final String key;
        private final boolean expires;
        private volatile String ref;
        private volatile Map<String, Object> meta;
        private volatile boolean left;
        private volatile long lastSeen;

        private Presence(String topic, String key, String ref, Map<String, Object> meta, boolean expires) {
            this.topic = topic;
            this.key = key;
            this.ref = ref;
            this.meta = meta;
            this.expires = expires;
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
         * Replaces this screen's meta, as Phoenix's {@code Presence.update} does: its leave holds the old meta and
         * its join the new one, with a new {@code phx_ref} and the old one as {@code phx_ref_prev}. Nothing happens
         * once the screen has left.
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

    /** Refs only need to be unique (Phoenix uses a unique integer): a per-start random prefix and a counter. */
    private static final String REF_PREFIX = randomPrefix();

    private static final AtomicLong REFS = new AtomicLong();

    private final LongSupplier clock;
    private final long timeoutNanos;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Presence>> byTopic = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("presence").factory());
    private final DiffWindows diffs;

    @Autowired
    public PresenceTracker(Broadcaster broadcaster) {
        this(broadcaster, System::nanoTime, DEFAULT_TIMEOUT_NANOS, true);
    }

    PresenceTracker(Broadcaster broadcaster, LongSupplier clock, long timeoutNanos, boolean sweepInBackground) {
        this.clock = clock;
        this.timeoutNanos = timeoutNanos;
        this.diffs = new DiffWindows(broadcaster, scheduler, this::screens, this::currentState);
        if (sweepInBackground) {
            scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Adds a screen for {@code key} on the topic and tells everyone on it; it must {@link Presence#touch} to stay. */
    public Presence join(String topic, String key, Map<String, Object> meta) {
        return join(topic, key, meta, true);
    }

    /** Adds a screen that stays until it {@link Presence#leave leaves}, however long it is quiet. */
    public Presence joinUntilLeft(String topic, String key, Map<String, Object> meta) {
        return join(topic, key, meta, false);
    }

    private Presence join(String topic, String key, Map<String, Object> meta, boolean expires) {
        Presence presence = new Presence(topic, key, newRef(), Map.copyOf(meta), expires);
        synchronized (presence) {
            byTopic.computeIfAbsent(topic, t -> new ConcurrentHashMap<>()).put(presence.ref, presence);
            diffs.joined(topic, presence.ref, key, wire(presence));
        }
        return presence;
    }

    /**
     * {@code {key: {"metas": [meta + phx_ref, ...]}}}: what a newly joined client starts from. In a room of more
     * than {@value #SHARED_STATE_MIN_SCREENS} screens it is the state as of the topic's last {@code presence_diff},
     * one object shared by everyone who asks until the next (a join storm then builds and encodes it once per
     * window, not once per joiner): a client that subscribed to the topic before asking gets every change since
     * in the diffs that follow, and applying a change twice is harmless.
     */
    public Map<String, Map<String, List<Map<String, Object>>>> state(String topic) {
        Map<String, Map<String, List<Map<String, Object>>>> sent =
                screens(topic) > SHARED_STATE_MIN_SCREENS ? diffs.lastSentState(topic) : null;
        return sent != null ? sent : currentState(topic);
    }

    /** The state this instant (not shared). */
    Map<String, Map<String, List<Map<String, Object>>>> currentState(String topic) {
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
        ConcurrentHashMap<String, Presence> screens = byTopic.get(topic);
        return screens == null ? 0 : screens.size();
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
            String oldRef = presence.ref;
            Map<String, Object> before = wire(presence);
            Map<String, Object> meta = new LinkedHashMap<>(newMeta);
            meta.put("phx_ref_prev", oldRef);
            presence.meta = Collections.unmodifiableMap(meta);
            presence.ref = newRef();
            presence.lastSeen = clock.getAsLong();
            screens.put(presence.ref, presence);
            diffs.updated(presence.topic, presence.key, oldRef, before, presence.ref, wire(presence));
        }
    }

    void leave(Presence presence) {
        ConcurrentHashMap<String, Presence> screens = byTopic.get(presence.topic);
        synchronized (presence) {
            if (screens != null && !presence.left && screens.remove(presence.ref, presence)) {
                presence.left = true;
                byTopic.computeIfPresent(presence.topic, (t, map) -> map.isEmpty() ? null : map);
                diffs.left(presence.topic, presence.ref, presence.key, wire(presence));
            }
        }
    }

    /** Removes expiring screens that have not been touched within the timeout. */
    void sweep() {
        long now = clock.getAsLong();
        byTopic.values()
                .forEach(screens -> screens.values().stream()
                        .filter(p -> p.expires && now - p.lastSeen > timeoutNanos)
                        .toList()
                        .forEach(this::leave));
    }

    private static String newRef() {
        return REF_PREFIX + Long.toString(REFS.incrementAndGet(), 36);
    }

    private static String randomPrefix() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + ".";
    }

    private static Map<String, Object> wire(Presence presence) {
        Map<String, Object> meta = new LinkedHashMap<>(presence.meta);
        meta.put("phx_ref", presence.ref);
        return meta;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
