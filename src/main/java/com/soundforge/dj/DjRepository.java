package com.soundforge.dj;

import static com.soundforge.db.Tables.DJ_MIDI_MAPPING;
import static com.soundforge.db.Tables.DJ_SESSION;
import static com.soundforge.db.Tables.DJ_SHARE_LINK;
import static com.soundforge.db.Tables.TRACK_CUE;
import static com.soundforge.db.Tables.TRACK_LOOP;

import com.soundforge.db.tables.records.DjSessionRecord;
import com.soundforge.dj.DeckState.HotCue;
import com.soundforge.dj.DeckState.Loop;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DjRepository {

    private final DSLContext db;

    DjRepository(DSLContext db) {
        this.db = db;
    }

    void insert(DjSession session) {
        db.insertInto(DJ_SESSION)
                .set(DJ_SESSION.ID, session.id())
                .set(DJ_SESSION.OWNER_ID, session.ownerId())
                .set(DJ_SESSION.NAME, session.name())
                .set(DJ_SESSION.STATE_JSON, DjJson.write(session.state()))
                .set(DJ_SESSION.VERSION, session.state().version())
                .execute();
    }

    /** Stores a newer state; an older one (a late trailing write) never overwrites a newer. */
    void saveState(UUID sessionId, DjSessionState state) {
        db.update(DJ_SESSION)
                .set(DJ_SESSION.STATE_JSON, DjJson.write(state))
                .set(DJ_SESSION.VERSION, state.version())
                .set(DJ_SESSION.UPDATED_AT, now())
                .where(DJ_SESSION.ID.eq(sessionId).and(DJ_SESSION.VERSION.le(state.version())))
                .execute();
    }

    Optional<DjSession> find(UUID sessionId) {
        return db.selectFrom(DJ_SESSION).where(DJ_SESSION.ID.eq(sessionId)).fetchOptional(DjRepository::toSession);
    }

    Optional<DjSession> findLatestOf(UUID ownerId) {
        return db.selectFrom(DJ_SESSION)
                .where(DJ_SESSION.OWNER_ID.eq(ownerId))
                .orderBy(DJ_SESSION.UPDATED_AT.desc())
                .limit(1)
                .fetchOptional(DjRepository::toSession);
    }

    /** The ids of the user's sessions. */
    List<UUID> findIdsOf(UUID ownerId) {
        return db.select(DJ_SESSION.ID)
                .from(DJ_SESSION)
                .where(DJ_SESSION.OWNER_ID.eq(ownerId))
                .fetch(DJ_SESSION.ID);
    }

    void insertShareLink(UUID id, UUID sessionId, String tokenHash) {
        db.insertInto(DJ_SHARE_LINK)
                .set(DJ_SHARE_LINK.ID, id)
                .set(DJ_SHARE_LINK.SESSION_ID, sessionId)
                .set(DJ_SHARE_LINK.TOKEN_HASH, tokenHash)
                .execute();
    }

    Optional<UUID> findSessionOfActiveLink(String tokenHash) {
        return db.select(DJ_SHARE_LINK.SESSION_ID)
                .from(DJ_SHARE_LINK)
                .where(DJ_SHARE_LINK.TOKEN_HASH.eq(tokenHash).and(DJ_SHARE_LINK.REVOKED_AT.isNull()))
                .fetchOptional(DJ_SHARE_LINK.SESSION_ID);
    }

    List<ShareLink> findShareLinks(UUID sessionId) {
        return db.selectFrom(DJ_SHARE_LINK)
                .where(DJ_SHARE_LINK.SESSION_ID.eq(sessionId))
                .orderBy(DJ_SHARE_LINK.CREATED_AT.desc())
                .fetch(r -> new ShareLink(
                        r.getId(),
                        r.getSessionId(),
                        r.getCreatedAt().toInstant(),
                        r.getRevokedAt() == null ? null : r.getRevokedAt().toInstant()));
    }

    boolean revokeShareLink(UUID sessionId, UUID linkId) {
        return db.update(DJ_SHARE_LINK)
                        .set(DJ_SHARE_LINK.REVOKED_AT, now())
                        .where(DJ_SHARE_LINK
                                .ID
                                .eq(linkId)
                                .and(DJ_SHARE_LINK.SESSION_ID.eq(sessionId))
                                .and(DJ_SHARE_LINK.REVOKED_AT.isNull()))
                        .execute()
                == 1;
    }

    List<HotCue> findCues(UUID ownerId, UUID trackId) {
        return db.selectFrom(TRACK_CUE)
                .where(TRACK_CUE.OWNER_ID.eq(ownerId).and(TRACK_CUE.TRACK_ID.eq(trackId)))
                .orderBy(TRACK_CUE.SLOT)
                .fetch(r -> new HotCue(r.getSlot(), r.getPosition(), r.getColor(), r.getLabel()));
    }

    void replaceCues(UUID ownerId, UUID trackId, List<HotCue> cues) {
        db.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(TRACK_CUE)
                    .where(TRACK_CUE.OWNER_ID.eq(ownerId).and(TRACK_CUE.TRACK_ID.eq(trackId)))
                    .execute();
            for (HotCue cue : cues) {
                t.insertInto(TRACK_CUE)
                        .set(TRACK_CUE.OWNER_ID, ownerId)
                        .set(TRACK_CUE.TRACK_ID, trackId)
                        .set(TRACK_CUE.SLOT, (short) cue.slot())
                        .set(TRACK_CUE.POSITION, cue.time())
                        .set(TRACK_CUE.COLOR, cue.color())
                        .set(TRACK_CUE.LABEL, cue.label())
                        .execute();
            }
        });
    }

    Optional<Loop> findLoop(UUID ownerId, UUID trackId) {
        return db.selectFrom(TRACK_LOOP)
                .where(TRACK_LOOP.OWNER_ID.eq(ownerId).and(TRACK_LOOP.TRACK_ID.eq(trackId)))
                .fetchOptional(r -> new Loop(r.getStartS(), r.getEndS(), r.getBeats(), false));
    }

    void saveLoop(UUID ownerId, UUID trackId, Loop loop) {
        db.insertInto(TRACK_LOOP)
                .set(TRACK_LOOP.OWNER_ID, ownerId)
                .set(TRACK_LOOP.TRACK_ID, trackId)
                .set(TRACK_LOOP.START_S, loop.start())
                .set(TRACK_LOOP.END_S, loop.end())
                .set(TRACK_LOOP.BEATS, loop.beats())
                .onConflict(TRACK_LOOP.OWNER_ID, TRACK_LOOP.TRACK_ID)
                .doUpdate()
                .set(TRACK_LOOP.START_S, loop.start())
                .set(TRACK_LOOP.END_S, loop.end())
                .set(TRACK_LOOP.BEATS, loop.beats())
                .execute();
    }

    Optional<String> findMidiMappings(UUID ownerId) {
        return db.select(DJ_MIDI_MAPPING.MAPPINGS_JSON)
                .from(DJ_MIDI_MAPPING)
                .where(DJ_MIDI_MAPPING.OWNER_ID.eq(ownerId))
                .fetchOptional(DJ_MIDI_MAPPING.MAPPINGS_JSON);
    }

    void saveMidiMappings(UUID ownerId, String json) {
        db.insertInto(DJ_MIDI_MAPPING)
                .set(DJ_MIDI_MAPPING.OWNER_ID, ownerId)
                .set(DJ_MIDI_MAPPING.MAPPINGS_JSON, json)
                .onConflict(DJ_MIDI_MAPPING.OWNER_ID)
                .doUpdate()
                .set(DJ_MIDI_MAPPING.MAPPINGS_JSON, json)
                .set(DJ_MIDI_MAPPING.UPDATED_AT, now())
                .execute();
    }

    private static DjSession toSession(DjSessionRecord r) {
        return new DjSession(
                r.getId(),
                r.getOwnerId(),
                r.getName(),
                DjJson.readState(r.getStateJson()),
                r.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
