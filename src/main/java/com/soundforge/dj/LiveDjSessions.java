package com.soundforge.dj;

import com.soundforge.realtime.Throttle;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The DJ sessions in memory: loaded on first use, changed one at a time under each session's monitor, stored
 * (continuous controls throttled to {@code sfa.dj.persist-interval}, the last value always written) and dropped
 * once unused for {@code sfa.dj.live-idle}, after a last write.
 */
@Component
class LiveDjSessions implements DisposableBean {

    private final DjRepository sessions;
    private final DjProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, Live> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService persistScheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("dj-persist").factory());

    LiveDjSessions(DjRepository sessions, DjProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        long sweepMillis =
                Math.max(1_000, Math.min(60_000, properties.liveIdle().toMillis() / 2));
        persistScheduler.scheduleWithFixedDelay(
                () -> evictIdle(properties.liveIdle()), sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
    }

    /** A session held in memory while it is used; guarded by its own monitor. */
    final class Live {
        private final UUID id;
        private final UUID ownerId;
        private final String name;
        private DjSessionState state;
        private final Throttle<DjSessionState> persist;
        private long lastUsedMillis = clock.millis();
        /** Set when the session left memory: holders of this object must fetch the session again. */
        private boolean evicted;

        private Live(DjSession session) {
            this.id = session.id();
            this.ownerId = session.ownerId();
            this.name = session.name();
            this.state = session.state();
            this.persist =
                    new Throttle<>(properties.persistInterval(), s -> sessions.saveState(id, s), persistScheduler);
        }

        DjSessionState state() {
            return state;
        }

        /** Counts as a use: the session stays in memory {@code sfa.dj.live-idle} from now. */
        void touch() {
            lastUsedMillis = clock.millis();
        }

        /** The session's next state, stored now, or throttled when {@code continuous}. */
        void state(DjSessionState next, boolean continuous) {
            state = next;
            if (continuous) {
                persist.offer(next);
            } else {
                sessions.saveState(id, next);
            }
        }
    }

    long millis() {
        return clock.millis();
    }

    /** The session as it is now; throws {@link DjSessionNotFoundException} if there is none. */
    DjSession current(UUID sessionId) {
        while (true) {
            Live session = live(sessionId);
            synchronized (session) {
                if (!session.evicted) {
                    session.lastUsedMillis = clock.millis();
                    return new DjSession(session.id, session.ownerId, session.name, session.state, clock.instant());
                }
            }
        }
    }

    /** Throws {@link DjSessionNotFoundException} unless the user owns the session. */
    void checkOwner(UUID ownerId, UUID sessionId) {
        owned(ownerId, sessionId);
    }

    /** Runs {@code change} on the owner's session under its monitor (again on a reload if it left memory meanwhile). */
    <T> T change(UUID ownerId, UUID sessionId, Function<Live, T> change) {
        while (true) {
            Live session = owned(ownerId, sessionId);
            synchronized (session) {
                if (!session.evicted) {
                    return change.apply(session);
                }
            }
        }
    }

    /**
     * Stores and drops the sessions unused for {@code idleFor}; returns how many left memory. A pending throttled
     * write is flushed first, so nothing is lost.
     */
    int evictIdle(Duration idleFor) {
        long now = clock.millis();
        int evicted = 0;
        for (Live session : live.values()) {
            synchronized (session) {
                if (session.evicted || now - session.lastUsedMillis < idleFor.toMillis()) {
                    continue;
                }
                session.evicted = true;
                session.persist.flush();
                live.remove(session.id, session);
                evicted++;
            }
        }
        return evicted;
    }

    /** Sessions held in memory now. */
    int size() {
        return live.size();
    }

    private Live live(UUID sessionId) {
        Live session = live.get(sessionId);
        if (session == null) {
            DjSession stored = sessions.find(sessionId).orElseThrow(DjSessionNotFoundException::new);
            session = live.computeIfAbsent(sessionId, id -> new Live(stored));
        }
        return session;
    }

    private Live owned(UUID ownerId, UUID sessionId) {
        Live session = live(sessionId);
        if (!session.ownerId.equals(ownerId)) {
            throw new DjSessionNotFoundException();
        }
        return session;
    }

    @Override
    public void destroy() {
        live.values().forEach(session -> session.persist.flush());
        persistScheduler.shutdown();
    }
}
