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
import com.soundforge.realtime.Topics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * DJ sessions: applies what a DJ's browser reports to the session in memory ({@link LiveDjSessions}, which stores
 * it) and broadcasts the change to every other screen of the session,
 * tagged with the screen it came from so that screen skips its echo. Share links let spectators in.
 */
@Service
public class DjService {

    public static final int DECKS = 2;
    static final int MAX_MIDI_MAPPING_CHARS = 65_536;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DjRepository sessions;
    private final LibraryService library;
    private final Broadcaster broadcaster;
    private final LiveDjSessions live;

    DjService(DjRepository sessions, LibraryService library, Broadcaster broadcaster, LiveDjSessions live) {
        this.sessions = sessions;
        this.library = library;
        this.broadcaster = broadcaster;
        this.live = live;
    }

    /** The user's most recent set, or a new empty one. */
    public DjSession openLatest(UUID ownerId) {
        DjSession session = sessions.findLatestOf(ownerId).orElseGet(() -> {
            DjSession created =
                    new DjSession(UUID.randomUUID(), ownerId, "My set", DjSessionState.initial(DECKS), now());
            sessions.insert(created);
            return created;
        });
        return live.current(session.id());
    }

    /** The session as it is now, if the user owns it. */
    public DjSession session(UUID ownerId, UUID sessionId) {
        DjSession session = live.current(sessionId);
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
        return sessions.findSessionOfActiveLink(hash(token)).map(live::current);
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
        DjReducer.Result result = live.change(ownerId, sessionId, session -> {
            DjReducer.Result applied = DjReducer.apply(session.state(), command, live.millis());
            session.state(applied.state(), isContinuous(command));
            session.touch();
            return applied;
        });
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
            List<DeckState> retuned = live.change(ownerId, sessionId, session -> {
                List<DeckState> decks = DeckRetune.apply(session.state(), trackId, bpm, bpmSource);
                if (!decks.isEmpty()) {
                    session.state(DeckRetune.with(session.state(), decks), false);
                }
                return decks;
            });
            retuned.forEach(deck -> broadcaster.publish(Topics.djSession(sessionId), DjEvent.BEAT_GRID_CHANGED, deck));
            changed += retuned.size();
        }
        return changed;
    }

    public String createShareLink(UUID ownerId, UUID sessionId) {
        live.checkOwner(ownerId, sessionId);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.insertShareLink(UUID.randomUUID(), sessionId, hash(token));
        return token;
    }

    public List<ShareLink> shareLinks(UUID ownerId, UUID sessionId) {
        live.checkOwner(ownerId, sessionId);
        return sessions.findShareLinks(sessionId);
    }

    public boolean revokeShareLink(UUID ownerId, UUID sessionId, UUID linkId) {
        live.checkOwner(ownerId, sessionId);
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
        return Instant.ofEpochMilli(live.millis());
    }

    /** Stores and drops the sessions unused for {@code idleFor}; returns how many left memory. */
    int evictIdle(Duration idleFor) {
        return live.evictIdle(idleFor);
    }

    /** Sessions held in memory now. */
    int liveSessions() {
        return live.size();
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
}
