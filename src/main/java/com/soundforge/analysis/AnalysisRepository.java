package com.soundforge.analysis;

import static com.soundforge.db.Tables.TRACK_ANALYSIS;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AnalysisRepository {

    private final DSLContext db;

    AnalysisRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts or replaces the track's analysis, so a re-run never leaves two. */
    void upsert(TrackAnalysis analysis) {
        OffsetDateTime at = OffsetDateTime.ofInstant(analysis.analysedAt(), ZoneOffset.UTC);
        db.insertInto(TRACK_ANALYSIS)
                .set(TRACK_ANALYSIS.TRACK_ID, analysis.trackId())
                .set(TRACK_ANALYSIS.ENGINE, analysis.engine())
                .set(TRACK_ANALYSIS.ENGINE_VERSION, analysis.engineVersion())
                .set(TRACK_ANALYSIS.PEAK_DBFS, analysis.levels().peakDbfs())
                .set(TRACK_ANALYSIS.RMS_DBFS, analysis.levels().rmsDbfs())
                .set(TRACK_ANALYSIS.ANALYSED_AT, at)
                .onConflict(TRACK_ANALYSIS.TRACK_ID)
                .doUpdate()
                .set(TRACK_ANALYSIS.ENGINE, analysis.engine())
                .set(TRACK_ANALYSIS.ENGINE_VERSION, analysis.engineVersion())
                .set(TRACK_ANALYSIS.PEAK_DBFS, analysis.levels().peakDbfs())
                .set(TRACK_ANALYSIS.RMS_DBFS, analysis.levels().rmsDbfs())
                .set(TRACK_ANALYSIS.ANALYSED_AT, at)
                .execute();
    }

    Optional<TrackAnalysis> find(UUID trackId) {
        return db.selectFrom(TRACK_ANALYSIS).where(TRACK_ANALYSIS.TRACK_ID.eq(trackId)).fetchOptional()
                .map(r -> new TrackAnalysis(r.getTrackId(), r.getEngine(), r.getEngineVersion(),
                        new Levels(r.getPeakDbfs(), r.getRmsDbfs()), r.getAnalysedAt().toInstant()));
    }
}
