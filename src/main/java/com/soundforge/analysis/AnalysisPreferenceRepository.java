package com.soundforge.analysis;

import static com.soundforge.db.Tables.ANALYSIS_PREFERENCE;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each user's BPM range ({@code analysis_preference}); no row: the engine decides. */
@Repository
class AnalysisPreferenceRepository {

    private final DSLContext db;

    AnalysisPreferenceRepository(DSLContext db) {
        this.db = db;
    }

    Optional<BpmRange> findBpmRange(UUID userId) {
        return db.selectFrom(ANALYSIS_PREFERENCE)
                .where(ANALYSIS_PREFERENCE.USER_ID.eq(userId))
                .fetchOptional()
                .map(r -> new BpmRange(r.getBpmMin(), r.getBpmMax()));
    }

    void saveBpmRange(UUID userId, BpmRange range) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(ANALYSIS_PREFERENCE)
                .set(ANALYSIS_PREFERENCE.USER_ID, userId)
                .set(ANALYSIS_PREFERENCE.BPM_MIN, range.min())
                .set(ANALYSIS_PREFERENCE.BPM_MAX, range.max())
                .set(ANALYSIS_PREFERENCE.CHANGED_AT, now)
                .onConflict(ANALYSIS_PREFERENCE.USER_ID)
                .doUpdate()
                .set(ANALYSIS_PREFERENCE.BPM_MIN, range.min())
                .set(ANALYSIS_PREFERENCE.BPM_MAX, range.max())
                .set(ANALYSIS_PREFERENCE.CHANGED_AT, now)
                .execute();
    }

    void deleteBpmRange(UUID userId) {
        db.deleteFrom(ANALYSIS_PREFERENCE)
                .where(ANALYSIS_PREFERENCE.USER_ID.eq(userId))
                .execute();
    }
}
