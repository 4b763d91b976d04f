package com.soundforge.separation;

import static com.soundforge.db.Tables.TRACK;
import static com.soundforge.db.Tables.TRACK_STEM;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class StemRepository {

    private final DSLContext db;

    StemRepository(DSLContext db) {
        this.db = db;
    }

    /** Replaces all of the track's stem rows with these (one transaction, run by the caller). */
    void replace(UUID trackId, List<StoredStem> stems) {
        db.deleteFrom(TRACK_STEM).where(TRACK_STEM.TRACK_ID.eq(trackId)).execute();
        for (StoredStem stored : stems) {
            Stem stem = stored.stem();
            db.insertInto(TRACK_STEM)
                    .set(TRACK_STEM.TRACK_ID, trackId)
                    .set(TRACK_STEM.STEM, stem.type().wire())
                    .set(TRACK_STEM.ENGINE, stem.engine())
                    .set(TRACK_STEM.MODEL, stem.model())
                    .set(TRACK_STEM.PATH, stored.relativePath())
                    .set(TRACK_STEM.FRAMES, stem.frames())
                    .set(TRACK_STEM.SAMPLE_RATE, stem.sampleRateHz())
                    .set(TRACK_STEM.SIZE_BYTES, stem.sizeBytes())
                    .set(TRACK_STEM.CREATED_AT, OffsetDateTime.ofInstant(stem.createdAt(), ZoneOffset.UTC))
                    .execute();
        }
    }

    /** Sum of the sizes of the stems of the user's tracks. */
    long sizeOfOwner(UUID ownerId) {
        Long sum = db.select(DSL.sum(TRACK_STEM.SIZE_BYTES).cast(Long.class))
                .from(TRACK_STEM)
                .join(TRACK)
                .on(TRACK.ID.eq(TRACK_STEM.TRACK_ID))
                .where(TRACK.OWNER_ID.eq(ownerId))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    List<StoredStem> findByTrack(UUID trackId) {
        return db.selectFrom(TRACK_STEM).where(TRACK_STEM.TRACK_ID.eq(trackId)).fetch().stream()
                .map(StemRepository::toStored)
                .sorted((a, b) -> a.stem().type().compareTo(b.stem().type()))
                .toList();
    }

    Optional<StoredStem> find(UUID trackId, StemType type) {
        return db.selectFrom(TRACK_STEM)
                .where(TRACK_STEM.TRACK_ID.eq(trackId).and(TRACK_STEM.STEM.eq(type.wire())))
                .fetchOptional()
                .map(StemRepository::toStored);
    }

    private static StoredStem toStored(Record record) {
        var r = record.into(TRACK_STEM);
        StemType type = StemType.fromWire(r.getStem()).orElseThrow();
        return new StoredStem(
                new Stem(
                        r.getTrackId(),
                        type,
                        r.getEngine(),
                        r.getModel(),
                        r.getFrames(),
                        r.getSampleRate(),
                        r.getSizeBytes(),
                        r.getCreatedAt().toInstant()),
                r.getPath());
    }

    /** A stem row with its file's path relative to the data folder. */
    record StoredStem(Stem stem, String relativePath) {}
}
