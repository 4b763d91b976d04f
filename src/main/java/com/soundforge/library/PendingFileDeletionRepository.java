package com.soundforge.library;

import static com.soundforge.db.Tables.PENDING_FILE_DELETION;
import static com.soundforge.db.Tables.TRACK;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PendingFileDeletionRepository {

    private final DSLContext db;

    PendingFileDeletionRepository(DSLContext db) {
        this.db = db;
    }

    void record(Collection<String> paths) {
        for (String path : paths) {
            db.insertInto(PENDING_FILE_DELETION)
                    .set(PENDING_FILE_DELETION.PATH, path)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    List<String> findAllPaths() {
        return db.select(PENDING_FILE_DELETION.PATH)
                .from(PENDING_FILE_DELETION)
                .orderBy(PENDING_FILE_DELETION.RECORDED_AT)
                .fetch(PENDING_FILE_DELETION.PATH);
    }

    void remove(String path) {
        db.deleteFrom(PENDING_FILE_DELETION)
                .where(PENDING_FILE_DELETION.PATH.eq(path))
                .execute();
    }

    /** Whether a track still uses the file (the same file uploaded again, or shared by two tracks). */
    boolean isInUse(String path) {
        return db.fetchExists(TRACK, TRACK.STORAGE_PATH.eq(path).or(TRACK.PLAYBACK_PATH.eq(path)));
    }
}
