package com.soundforge.analysis;

import static com.soundforge.db.Tables.TRACK_TEMPO_EDIT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The owners' edited beat grids ({@code track_tempo_edit}), one per track, apart from the analysis. */
@Repository
class TempoEditRepository {

    private final DSLContext db;

    TempoEditRepository(DSLContext db) {
        this.db = db;
    }

    void save(UUID trackId, Tempo grid, Instant editedAt) {
        OffsetDateTime at = OffsetDateTime.ofInstant(editedAt, ZoneOffset.UTC);
        String json = AnalysisJson.write(grid);
        db.insertInto(TRACK_TEMPO_EDIT)
                .set(TRACK_TEMPO_EDIT.TRACK_ID, trackId)
                .set(TRACK_TEMPO_EDIT.BPM, grid.bpm())
                .set(TRACK_TEMPO_EDIT.GRID_JSON, json)
                .set(TRACK_TEMPO_EDIT.EDITED_AT, at)
                .onConflict(TRACK_TEMPO_EDIT.TRACK_ID)
                .doUpdate()
                .set(TRACK_TEMPO_EDIT.BPM, grid.bpm())
                .set(TRACK_TEMPO_EDIT.GRID_JSON, json)
                .set(TRACK_TEMPO_EDIT.EDITED_AT, at)
                .execute();
    }

    /** @return false when the track had no edit */
    boolean delete(UUID trackId) {
        return db.deleteFrom(TRACK_TEMPO_EDIT)
                        .where(TRACK_TEMPO_EDIT.TRACK_ID.eq(trackId))
                        .execute()
                == 1;
    }
}
