package com.soundforge.library;

import static com.soundforge.db.Tables.TRACK;
import static com.soundforge.db.Tables.TRACK_WAVEFORM;

import com.soundforge.db.tables.records.TrackRecord;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The {@code track} and {@code track_waveform} tables, in and out as the module's records. */
@Repository
class TrackRepository {

    private final DSLContext db;

    TrackRepository(DSLContext db) {
        this.db = db;
    }

    void insert(StoredTrack stored) {
        Track t = stored.track();
        TrackRecord r = db.newRecord(TRACK);
        r.setId(t.id());
        r.setOwnerId(t.ownerId());
        r.setTitle(t.title());
        r.setArtist(t.artist());
        r.setAlbum(t.album());
        r.setSourceUrl(t.sourceUrl());
        r.setIsrc(t.isrc());
        r.setCoverUrl(t.coverUrl());
        r.setOriginalFilename(t.originalFilename());
        r.setCodec(t.codec());
        r.setSampleRateHz(t.sampleRateHz());
        r.setChannels(t.channels());
        r.setDurationMs(t.durationMs());
        r.setFileSizeBytes(t.fileSizeBytes());
        r.setContentHash(stored.contentHash());
        r.setStoragePath(stored.storagePath());
        r.setPlaybackPath(stored.playbackPath());
        r.setCreatedAt(t.createdAt().atOffset(ZoneOffset.UTC));
        db.executeInsert(r);
    }

    void insertWaveform(UUID trackId, Waveform level) {
        db.insertInto(TRACK_WAVEFORM)
                .set(TRACK_WAVEFORM.TRACK_ID, trackId)
                .set(TRACK_WAVEFORM.FRAMES_PER_PEAK, level.framesPerPeak())
                .set(TRACK_WAVEFORM.PEAK_COUNT, level.peakCount())
                .set(TRACK_WAVEFORM.PEAKS, level.peaks())
                .execute();
    }

    Optional<StoredTrack> findById(UUID id) {
        return db.selectFrom(TRACK).where(TRACK.ID.eq(id)).fetchOptional().map(TrackRepository::toStoredTrack);
    }

    Optional<Track> findByOwnerAndHash(UUID ownerId, String sha256) {
        return db.selectFrom(TRACK)
                .where(TRACK.OWNER_ID.eq(ownerId).and(TRACK.CONTENT_HASH.eq(sha256)))
                .fetchOptional()
                .map(TrackRepository::toTrack);
    }

    List<StoredTrack> findByOwnerAndIds(UUID ownerId, Collection<UUID> ids) {
        return db.selectFrom(TRACK)
                .where(TRACK.OWNER_ID.eq(ownerId).and(TRACK.ID.in(ids)))
                .fetch()
                .map(TrackRepository::toStoredTrack);
    }

    List<Track> findPage(UUID ownerId, TrackQuery query) {
        return db.selectFrom(TRACK)
                .where(ownedAndMatching(ownerId, query.search()).and(filtered(query)))
                .orderBy(sortField(query), TRACK.ID.asc())
                .offset(query.offset())
                .limit(query.limit())
                .fetch()
                .map(TrackRepository::toTrack);
    }

    int count(UUID ownerId, TrackQuery query) {
        return db.fetchCount(TRACK, ownedAndMatching(ownerId, query.search()).and(filtered(query)));
    }

    /** Stores the analysis values the list shows; false when the track is gone. */
    boolean updateAnalysisSummary(
            UUID trackId,
            Double bpm,
            boolean bpmEdited,
            String musicalKey,
            String camelot,
            Integer camelotNumber,
            Double lufs) {
        return db.update(TRACK)
                        .set(TRACK.BPM, bpm)
                        .set(TRACK.BPM_EDITED, bpmEdited)
                        .set(TRACK.MUSICAL_KEY, musicalKey)
                        .set(TRACK.CAMELOT, camelot)
                        .set(TRACK.CAMELOT_NUMBER, camelotNumber)
                        .set(TRACK.LUFS, lufs)
                        .where(TRACK.ID.eq(trackId))
                        .execute()
                == 1;
    }

    /** Stores the effective BPM after its owner edited the grid or reset it; false when the track is gone. */
    boolean updateBpm(UUID trackId, Double bpm, boolean edited) {
        return db.update(TRACK)
                        .set(TRACK.BPM, bpm)
                        .set(TRACK.BPM_EDITED, edited)
                        .where(TRACK.ID.eq(trackId))
                        .execute()
                == 1;
    }

    private static Condition filtered(TrackQuery query) {
        Condition condition = DSL.noCondition();
        if (query.minBpm() != null) {
            condition = condition.and(TRACK.BPM.ge(query.minBpm()));
        }
        if (query.maxBpm() != null) {
            condition = condition.and(TRACK.BPM.le(query.maxBpm()));
        }
        if (query.harmonicWith() != null) {
            condition = condition.and(TRACK.CAMELOT.in(Camelot.compatibleWith(query.harmonicWith())));
        }
        return condition;
    }

    Optional<Waveform> findWaveform(UUID trackId, int maxPeaks) {
        var candidates = db.selectFrom(TRACK_WAVEFORM)
                .where(TRACK_WAVEFORM.TRACK_ID.eq(trackId))
                .orderBy(TRACK_WAVEFORM.FRAMES_PER_PEAK.asc())
                .fetch();
        return candidates.stream()
                .filter(w -> w.getPeakCount() <= maxPeaks)
                .findFirst()
                .or(() -> candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.getLast()))
                .map(w -> new Waveform(w.getFramesPerPeak(), w.getPeakCount(), w.getPeaks()));
    }

    int delete(UUID ownerId, Collection<UUID> ids) {
        return db.deleteFrom(TRACK)
                .where(TRACK.OWNER_ID.eq(ownerId).and(TRACK.ID.in(ids)))
                .execute();
    }

    /** Sum of the sizes of the user's original files. */
    long originalBytes(UUID ownerId) {
        Long sum = db.select(DSL.sum(TRACK.FILE_SIZE_BYTES).cast(Long.class))
                .from(TRACK)
                .where(TRACK.OWNER_ID.eq(ownerId))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    List<String> playbackPaths(UUID ownerId) {
        return db.select(TRACK.PLAYBACK_PATH)
                .from(TRACK)
                .where(TRACK.OWNER_ID.eq(ownerId).and(TRACK.PLAYBACK_PATH.isNotNull()))
                .fetch(TRACK.PLAYBACK_PATH);
    }

    private static Condition ownedAndMatching(UUID ownerId, String search) {
        Condition owned = TRACK.OWNER_ID.eq(ownerId);
        if (search == null || search.isBlank()) {
            return owned;
        }
        String pattern = "%"
                + search.trim()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return owned.and(DSL.lower(TRACK.TITLE)
                .like(pattern, '\\')
                .or(DSL.lower(TRACK.ARTIST).like(pattern, '\\'))
                .or(DSL.lower(TRACK.ALBUM).like(pattern, '\\')));
    }

    private static SortField<?> sortField(TrackQuery query) {
        Field<?> field = switch (query.sort()) {
            case TITLE -> DSL.lower(TRACK.TITLE);
            case ARTIST -> DSL.lower(TRACK.ARTIST);
            case ALBUM -> DSL.lower(TRACK.ALBUM);
            case DURATION -> TRACK.DURATION_MS;
            case ADDED -> TRACK.CREATED_AT;
            case BPM -> TRACK.BPM;
            case KEY ->
                TRACK.CAMELOT_NUMBER
                        .mul(2)
                        .plus(DSL.when(TRACK.CAMELOT.like("%B"), 1).otherwise(0));
            case LUFS -> TRACK.LUFS;
        };
        return query.ascending() ? field.asc().nullsLast() : field.desc().nullsLast();
    }

    private static StoredTrack toStoredTrack(TrackRecord r) {
        return new StoredTrack(toTrack(r), r.getContentHash(), r.getStoragePath(), r.getPlaybackPath());
    }

    private static Track toTrack(TrackRecord r) {
        return new Track(
                r.getId(),
                r.getOwnerId(),
                r.getTitle(),
                r.getArtist(),
                r.getAlbum(),
                r.getOriginalFilename(),
                r.getCodec(),
                r.getSampleRateHz(),
                r.getChannels(),
                r.getDurationMs(),
                r.getFileSizeBytes(),
                r.getCreatedAt().toInstant(),
                r.getSourceUrl(),
                r.getIsrc(),
                r.getCoverUrl(),
                r.getBpm(),
                r.getBpmEdited(),
                r.getMusicalKey(),
                r.getCamelot(),
                r.getLufs());
    }
}
