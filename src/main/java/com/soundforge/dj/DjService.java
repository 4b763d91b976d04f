package com.soundforge.dj;

import com.soundforge.dj.DeckState.LoadedTrack;
import com.soundforge.dj.DjCommand.Crossfader;
import com.soundforge.dj.DjCommand.HotCueChange;
import com.soundforge.dj.DjCommand.Load;
import com.soundforge.dj.DjCommand.LoopChange;
import com.soundforge.dj.DjCommand.Master;
import com.soundforge.dj.DjCommand.MixerChange;
import com.soundforge.dj.DjCommand.Tempo;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Throttle;
import com.soundforge.realtime.Topics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * DJ sessions: applies what a DJ's browser reports, keeps the live state in memory, persists it (continuous
 * controls throttled, last value always written) and broadcasts the change to every other screen of the session,
 * tagged with the screen it came from so that screen skips its echo. Share links let spectators in.
 */
@Service
public class DjService implements DisposableBean {

    public static final int DECKS = 2;
    static final int MAX_MIDI_MAPPING_CHARS = 65_536;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DjRepository sessions;
    private final LibraryService library;
    private final Broadcaster broadcaster;
    private final DjProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, LiveSession> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService persistScheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("dj-persist").factory());

    @Autowired
    DjService(DjRepository sessions, LibraryService library, Broadcaster broadcaster, DjProperties properties) {
        this(sessions, library, broadcaster, properties, Clock.systemUTC());
    }

    DjService(
            DjRepository sessions,
            LibraryService library,
            Broadcaster broadcaster,
            DjProperties properties,
            Clock clock) {
        this.sessions = sessions;
        this.library = library;
        this.broadcaster = broadcaster;
        this.properties = properties;
        this.clock = clock;
        long sweepMillis =
                Math.max(1_000, Math.min(60_000, properties.liveIdle().toMillis() / 2));
        persistScheduler.scheduleWithFixedDelay(
                () -> evictIdle(properties.liveIdle()), sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
    }

    /** A session held in memory while it is used; guarded by its own monitor. */
    private final class LiveSession {
        private final UUID id;
        private final UUID ownerId;
        private final String name;
        private DjSessionState state;
        private final Throttle<DjSessionState> persist;
        private long lastUsedMillis = clock.millis();
        /** Set when the session left memory: holders of this object must fetch the session again. */
        private boolean evicted;

        LiveSession(DjSession session) {
            this.id = session.id();
            this.ownerId = session.ownerId();
            this.name = session.name();
            this.state = session.state();
            this.persist =
                    new Throttle<>(properties.persistInterval(), s -> sessions.saveState(id, s), persistScheduler);
        }
    }

    /** The user's most recent set, or a new empty one. */
    public DjSession openLatest(UUID ownerId) {
        DjSession session = sessions.findLatestOf(ownerId).orElseGet(() -> {
            DjSession created =
                    new DjSession(UUID.randomUUID(), ownerId, "My set", DjSessionState.initial(DECKS), clock.instant());
            sessions.insert(created);
            return created;
        });
        return current(session.id());
    }

    /** The session as it is now, if the user owns it. */
    public DjSession session(UUID ownerId, UUID sessionId) {
        DjSession session = current(sessionId);
        if (!session.ownerId().equals(ownerId)) {
            throw new DjSessionNotFoundException();
        }
        return session;
    }

    /** The session for a spectator holding an active share token. */
    public Optional<DjSession> sessionForShareToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.findSessionOfActiveLink(hash(token)).map(this::current);
    }

    /**
     * Applies a change the DJ's screen {@code origin} already made to its audio, then tells the other screens.
     *
     * @throws IllegalArgumentException when a value is impossible (the change is then ignored)
     */
    public DjSessionState apply(UUID ownerId, UUID sessionId, DjCommand command, String origin) {
        if (command instanceof Load) {
            throw new IllegalArgumentException("Load tracks with loadTrack");
        }
        return applyChecked(ownerId, sessionId, command, origin);
    }

    /** Loads one of the DJ's tracks on a deck, with the hot cues saved on it. */
    public DjSessionState loadTrack(UUID ownerId, UUID sessionId, int deck, UUID trackId, String origin) {
        Track track = library.get(ownerId, trackId);
        LoadedTrack loaded = new LoadedTrack(
                track.id(),
                track.title(),
                track.artist(),
                track.bpm(),
                track.camelot(),
                track.durationMs() / 1000.0,
                track.bpmSource());
        return applyChecked(
                ownerId,
                sessionId,
                new Load(
                        deck,
                        loaded,
                        sessions.findCues(ownerId, trackId),
                        sessions.findLoop(ownerId, trackId).orElse(null)),
                origin);
    }

    private DjSessionState applyChecked(UUID ownerId, UUID sessionId, DjCommand command, String origin) {
        DjReducer.Result result = null;
        while (result == null) {
            LiveSession session = liveOwned(ownerId, sessionId);
            synchronized (session) {
                if (session.evicted) {
                    continue;
                }
                result = DjReducer.apply(session.state, command, clock.millis());
                session.state = result.state();
                session.lastUsedMillis = clock.millis();
                if (isContinuous(command)) {
                    session.persist.offer(result.state());
                } else {
                    sessions.saveState(sessionId, result.state());
                }
            }
        }
        if (command instanceof HotCueChange change && !"trigger".equals(change.action())) {
            DeckState deck = result.state().decks().get(change.deck());
            sessions.replaceCues(ownerId, deck.track().trackId(), deck.hotCues());
        }
        if (command instanceof LoopChange change
                && change.loop() != null
                && !change.action().startsWith("roll")) {
            DeckState deck = result.state().decks().get(change.deck());
            sessions.saveLoop(ownerId, deck.track().trackId(), deck.loop());
        }
        String topic = Topics.djSession(sessionId);
        result.events().forEach(event -> broadcaster.publish(topic, event.name(), event.payload(), origin));
        return result.state();
    }

    /**
     * Gives the decks of the owner's sets that have the track loaded its new effective tempo (after the owner edited
     * its beat grid) and tells every screen of those sets, the one that made the edit too.
     *
     * @return how many decks changed
     */
    public int retune(UUID ownerId, UUID trackId, Double bpm, String bpmSource) {
        int changed = 0;
        for (UUID sessionId : sessions.findIdsOf(ownerId)) {
            List<DeckState> retuned = null;
            while (retuned == null) {
                LiveSession session = liveOwned(ownerId, sessionId);
                synchronized (session) {
                    if (session.evicted) {
                        continue;
                    }
                    retuned = DeckRetune.apply(session.state, trackId, bpm, bpmSource);
                    if (!retuned.isEmpty()) {
                        session.state = DeckRetune.with(session.state, retuned);
                        sessions.saveState(sessionId, session.state);
                    }
                }
            }
            retuned.forEach(deck -> broadcaster.publish(Topics.djSession(sessionId), DjEvent.BEAT_GRID_CHANGED, deck));
            changed += retuned.size();
        }
        return changed;
    }

    public String createShareLink(UUID ownerId, UUID sessionId) {
        liveOwned(ownerId, sessionId);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.insertShareLink(UUID.randomUUID(), sessionId, hash(token));
        return token;
    }

    public List<ShareLink> shareLinks(UUID ownerId, UUID sessionId) {
        liveOwned(ownerId, sessionId);
        return sessions.findShareLinks(sessionId);
    }

    public boolean revokeShareLink(UUID ownerId, UUID sessionId, UUID linkId) {
        liveOwned(ownerId, sessionId);
        boolean revoked = sessions.revokeShareLink(sessionId, linkId);
        if (revoked) {
            broadcaster.publish(Topics.djSession(sessionId), DjEvent.SHARE_REVOKED, Map.of("linkId", linkId));
        }
        return revoked;
    }

    public Optional<String> midiMappings(UUID ownerId) {
        return sessions.findMidiMappings(ownerId);
    }

    public void saveMidiMappings(UUID ownerId, String json) {
        if (json == null || json.length() > MAX_MIDI_MAPPING_CHARS) {
            throw new IllegalArgumentException("MIDI mappings must be JSON of at most 64 KB");
        }
        DjJson.MAPPER.readTree(json);
        sessions.saveMidiMappings(ownerId, json);
    }

    public Instant now() {
        return clock.instant();
    }

    private DjSession current(UUID sessionId) {
        while (true) {
            LiveSession session = live(sessionId);
            synchronized (session) {
                if (!session.evicted) {
                    session.lastUsedMillis = clock.millis();
                    return new DjSession(session.id, session.ownerId, session.name, session.state, clock.instant());
                }
            }
        }
    }

    private LiveSession live(UUID sessionId) {
        LiveSession session = live.get(sessionId);
        if (session == null) {
            DjSession stored = sessions.find(sessionId).orElseThrow(DjSessionNotFoundException::new);
            session = live.computeIfAbsent(sessionId, id -> new LiveSession(stored));
        }
        return session;
    }

    /**
     * Stores and drops the sessions unused for {@code idleFor}; returns how many left memory. A pending throttled
     * write is flushed first, so nothing is lost.
     */
    int evictIdle(Duration idleFor) {
        long now = clock.millis();
        int evicted = 0;
        for (LiveSession session : live.values()) {
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
    int liveSessions() {
        return live.size();
    }

    private LiveSession liveOwned(UUID ownerId, UUID sessionId) {
        LiveSession session = live(sessionId);
        if (!session.ownerId.equals(ownerId)) {
            throw new DjSessionNotFoundException();
        }
        return session;
    }

    private static boolean isContinuous(DjCommand command) {
        return command instanceof Tempo
                || command instanceof Crossfader
                || command instanceof Master
                || command instanceof MixerChange m && !m.param().startsWith("kill");
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        live.values().forEach(session -> session.persist.flush());
        persistScheduler.shutdown();
    }
}
