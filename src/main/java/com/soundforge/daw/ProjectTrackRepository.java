package com.soundforge.daw;

import static com.soundforge.db.Tables.DAW_OPERATION;
import static com.soundforge.db.Tables.DAW_PROJECT;
import static com.soundforge.db.Tables.DAW_PROJECT_TRACK;
import static com.soundforge.db.Tables.DAW_PROJECT_TRACK_BACKFILL;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The library tracks each project's clips play ({@code daw_project_track}): kept by the write path in the same
 * transaction as a batch ({@link DawRepository#append}), a superset (a clip deleted since stays listed), with a
 * flag for a grid edit of the track the project has yet to follow.
 */
@Repository
class ProjectTrackRepository {

    private final DSLContext db;

    ProjectTrackRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The projects whose state may hold a clip of the library track: those that listed it when a clip of it was
     * added (a superset: a clip deleted since still counts; the caller looks at the state itself). A project made
     * before that list and not yet backfilled ({@link ProjectTrackBackfill}) counts when the track's id is in its
     * snapshot or in an operation logged after it, matched as text in the JSON.
     */
    List<UUID> findMentioning(UUID trackId) {
        String id = trackId.toString();
        return db.select(DAW_PROJECT_TRACK.PROJECT_ID)
                .from(DAW_PROJECT_TRACK)
                .where(DAW_PROJECT_TRACK.TRACK_ID.eq(trackId))
                .union(db.select(DAW_PROJECT.ID)
                        .from(DAW_PROJECT)
                        .join(DAW_PROJECT_TRACK_BACKFILL)
                        .on(DAW_PROJECT_TRACK_BACKFILL.PROJECT_ID.eq(DAW_PROJECT.ID))
                        .where(DAW_PROJECT
                                .SNAPSHOT_JSON
                                .contains(id)
                                .or(DSL.exists(DSL.selectOne()
                                        .from(DAW_OPERATION)
                                        .where(DAW_OPERATION.PROJECT_ID.eq(DAW_PROJECT.ID))
                                        .and(DAW_OPERATION.SEQ.gt(DAW_PROJECT.SNAPSHOT_SEQ))
                                        .and(DAW_OPERATION.OP_JSON.contains(id))))))
                .fetch(Record1::value1);
    }

    /** Up to {@code limit} projects still to be backfilled, by id after {@code after} (null: from the first). */
    List<UUID> awaitingTrackBackfill(@Nullable UUID after, int limit) {
        return db.select(DAW_PROJECT_TRACK_BACKFILL.PROJECT_ID)
                .from(DAW_PROJECT_TRACK_BACKFILL)
                .where(after == null ? DSL.noCondition() : DAW_PROJECT_TRACK_BACKFILL.PROJECT_ID.gt(after))
                .orderBy(DAW_PROJECT_TRACK_BACKFILL.PROJECT_ID)
                .limit(limit)
                .fetch(Record1::value1);
    }

    /** Lists the project's source tracks and takes it off the backfill list, in one transaction. */
    void backfillTracks(UUID projectId, Collection<UUID> trackIds) {
        db.transaction(tx -> {
            add(tx.dsl(), projectId, trackIds);
            tx.dsl()
                    .deleteFrom(DAW_PROJECT_TRACK_BACKFILL)
                    .where(DAW_PROJECT_TRACK_BACKFILL.PROJECT_ID.eq(projectId))
                    .execute();
        });
    }

    /** The library tracks listed for the project (a superset of those its clips play). */
    List<UUID> tracksOf(UUID projectId) {
        return db.select(DAW_PROJECT_TRACK.TRACK_ID)
                .from(DAW_PROJECT_TRACK)
                .where(DAW_PROJECT_TRACK.PROJECT_ID.eq(projectId))
                .orderBy(DAW_PROJECT_TRACK.TRACK_ID)
                .fetch(Record1::value1);
    }

    /**
     * Notes that the project could not follow an edit of the track's grid (listing the track if it was not): it
     * follows when it is next opened.
     */
    void markFollowPending(UUID projectId, UUID trackId) {
        db.insertInto(DAW_PROJECT_TRACK)
                .set(DAW_PROJECT_TRACK.PROJECT_ID, projectId)
                .set(DAW_PROJECT_TRACK.TRACK_ID, trackId)
                .set(DAW_PROJECT_TRACK.FOLLOW_PENDING, true)
                .onConflict(DAW_PROJECT_TRACK.PROJECT_ID, DAW_PROJECT_TRACK.TRACK_ID)
                .doUpdate()
                .set(DAW_PROJECT_TRACK.FOLLOW_PENDING, true)
                .execute();
    }

    /** The tracks whose grid the project has yet to follow. */
    List<UUID> followPending(UUID projectId) {
        return db.select(DAW_PROJECT_TRACK.TRACK_ID)
                .from(DAW_PROJECT_TRACK)
                .where(DAW_PROJECT_TRACK.PROJECT_ID.eq(projectId).and(DAW_PROJECT_TRACK.FOLLOW_PENDING))
                .orderBy(DAW_PROJECT_TRACK.TRACK_ID)
                .fetch(Record1::value1);
    }

    void clearFollowPending(UUID projectId, UUID trackId) {
        db.update(DAW_PROJECT_TRACK)
                .set(DAW_PROJECT_TRACK.FOLLOW_PENDING, false)
                .where(DAW_PROJECT_TRACK.PROJECT_ID.eq(projectId).and(DAW_PROJECT_TRACK.TRACK_ID.eq(trackId)))
                .execute();
    }

    /** Lists the tracks for the project, in the caller's transaction; a track listed already stays as it is. */
    static void add(DSLContext dsl, UUID projectId, Collection<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(DAW_PROJECT_TRACK, DAW_PROJECT_TRACK.PROJECT_ID, DAW_PROJECT_TRACK.TRACK_ID);
        for (UUID trackId : trackIds) {
            insert = insert.values(projectId, trackId);
        }
        insert.onConflictDoNothing().execute();
    }
}
