package com.soundforge.separation;

import static com.soundforge.db.Tables.SEPARATION_PREFERENCE;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final DSLContext db;

    PreferenceRepository(DSLContext db) {
        this.db = db;
    }

    Optional<SeparationPreference> find(UUID userId) {
        return db.selectFrom(SEPARATION_PREFERENCE)
                .where(SEPARATION_PREFERENCE.USER_ID.eq(userId))
                .fetchOptional()
                .map(r -> new SeparationPreference(r.getEngine(), r.getDemucsModel()));
    }

    void save(UUID userId, SeparationPreference preference) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(SEPARATION_PREFERENCE)
                .set(SEPARATION_PREFERENCE.USER_ID, userId)
                .set(SEPARATION_PREFERENCE.ENGINE, preference.engine())
                .set(SEPARATION_PREFERENCE.DEMUCS_MODEL, preference.demucsModel())
                .set(SEPARATION_PREFERENCE.UPDATED_AT, now)
                .onConflict(SEPARATION_PREFERENCE.USER_ID)
                .doUpdate()
                .set(SEPARATION_PREFERENCE.ENGINE, preference.engine())
                .set(SEPARATION_PREFERENCE.DEMUCS_MODEL, preference.demucsModel())
                .set(SEPARATION_PREFERENCE.UPDATED_AT, now)
                .execute();
    }
}
