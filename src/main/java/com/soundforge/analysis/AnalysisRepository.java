package com.soundforge.analysis;

import static com.soundforge.db.Tables.TRACK_ANALYSIS;
import static com.soundforge.db.Tables.TRACK_TEMPO_EDIT;

import com.soundforge.db.tables.records.TrackAnalysisRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class AnalysisRepository {

    private final DSLContext db;

    AnalysisRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts or replaces the track's analysis, so a re-run never leaves two; a new analysis clears old cues. */
    void upsert(TrackAnalysis analysis, BpmRange range) {
        TrackAnalysisRecord row = db.newRecord(TRACK_ANALYSIS);
        row.setTrackId(analysis.trackId());
        row.setEngine(analysis.engine());
        row.setEngineVersion(analysis.engineVersion());
        row.setPeakDbfs(analysis.levels().peakDbfs());
        row.setRmsDbfs(analysis.levels().rmsDbfs());
        row.setAnalysedAt(OffsetDateTime.ofInstant(analysis.analysedAt(), ZoneOffset.UTC));
        AnalysisReport report = analysis.report();
        if (report != null) {
            if (report.tempo() != null) {
                row.setBpm(report.tempo().bpm());
                row.setBpmConfidence(report.tempo().confidence());
            }
            if (report.key() != null) {
                row.setKeyTonic(report.key().tonic());
                row.setKeyMinor(report.key().minor());
                row.setKeyConfidence(report.key().confidence());
            }
            if (report.loudness() != null) {
                row.setIntegratedLufs(report.loudness().integratedLufs());
                row.setLoudnessRange(report.loudness().rangeLu());
                row.setTruePeakDbtp(report.loudness().truePeakDbtp());
            }
            row.setReportJson(AnalysisJson.write(report.withStructure(null)));
        }
        row.setStructureJson(null);
        row.setStructureVersion(null);
        row.setBpmMin(range == null ? null : range.min());
        row.setBpmMax(range == null ? null : range.max());
        db.insertInto(TRACK_ANALYSIS)
                .set(row)
                .onConflict(TRACK_ANALYSIS.TRACK_ID)
                .doUpdate()
                .set(row)
                .execute();
    }

    boolean updateStructure(UUID trackId, Structure structure, int version) {
        return db.update(TRACK_ANALYSIS)
                        .set(TRACK_ANALYSIS.STRUCTURE_JSON, AnalysisJson.write(structure))
                        .set(TRACK_ANALYSIS.STRUCTURE_VERSION, version)
                        .where(TRACK_ANALYSIS.TRACK_ID.eq(trackId))
                        .execute()
                == 1;
    }

    /** Of these tracks, those whose stored analysis was made in {@code range} (null: with none). */
    Set<UUID> findAnalysedIn(Collection<UUID> trackIds, BpmRange range) {
        Condition inRange = range == null
                ? TRACK_ANALYSIS.BPM_MIN.isNull().and(TRACK_ANALYSIS.BPM_MAX.isNull())
                : TRACK_ANALYSIS.BPM_MIN.eq(range.min()).and(TRACK_ANALYSIS.BPM_MAX.eq(range.max()));
        Set<UUID> found = new HashSet<>();
        for (List<UUID> chunk : chunks(List.copyOf(trackIds))) {
            found.addAll(db.select(TRACK_ANALYSIS.TRACK_ID)
                    .from(TRACK_ANALYSIS)
                    .where(TRACK_ANALYSIS.TRACK_ID.in(chunk))
                    .and(TRACK_ANALYSIS.REPORT_JSON.isNotNull())
                    .and(inRange)
                    .fetch(TRACK_ANALYSIS.TRACK_ID));
        }
        return found;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1_000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1_000)));
        }
        return chunks;
    }

    List<UUID> findTracksAnalysedBefore(int engineVersion, int limit) {
        return db.select(TRACK_ANALYSIS.TRACK_ID)
                .from(TRACK_ANALYSIS)
                .where(TRACK_ANALYSIS.ENGINE_VERSION.lt(engineVersion).or(TRACK_ANALYSIS.REPORT_JSON.isNull()))
                .orderBy(TRACK_ANALYSIS.ANALYSED_AT)
                .limit(limit)
                .fetch(TRACK_ANALYSIS.TRACK_ID);
    }

    /** The track's analysis with the owner's edit of the beat grid in effect, if it has one. */
    Optional<TrackAnalysis> find(UUID trackId) {
        return db.select(TRACK_ANALYSIS.asterisk(), TRACK_TEMPO_EDIT.GRID_JSON, TRACK_TEMPO_EDIT.EDITED_AT)
                .from(TRACK_ANALYSIS)
                .leftJoin(TRACK_TEMPO_EDIT)
                .on(TRACK_TEMPO_EDIT.TRACK_ID.eq(TRACK_ANALYSIS.TRACK_ID))
                .where(TRACK_ANALYSIS.TRACK_ID.eq(trackId))
                .fetchOptional()
                .map(AnalysisRepository::toAnalysis);
    }

    /** Locks the track's analysis row until the transaction ends (edits of one grid go one after the other). */
    boolean lock(UUID trackId) {
        return db.select(TRACK_ANALYSIS.TRACK_ID)
                .from(TRACK_ANALYSIS)
                .where(TRACK_ANALYSIS.TRACK_ID.eq(trackId))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    private static TrackAnalysis toAnalysis(Record joined) {
        TrackAnalysisRecord r = joined.into(TRACK_ANALYSIS);
        AnalysisReport report =
                r.getReportJson() == null ? null : AnalysisJson.read(r.getReportJson(), AnalysisReport.class);
        Structure structure =
                r.getStructureJson() == null ? null : AnalysisJson.read(r.getStructureJson(), Structure.class);
        String gridJson = joined.get(TRACK_TEMPO_EDIT.GRID_JSON);
        EditedTempo edited = null;
        if (gridJson != null && report != null) {
            edited = new EditedTempo(joined.get(TRACK_TEMPO_EDIT.EDITED_AT).toInstant(), report.tempo());
            report = report.withTempo(AnalysisJson.read(gridJson, Tempo.class));
        }
        return new TrackAnalysis(
                r.getTrackId(),
                r.getEngine(),
                r.getEngineVersion(),
                new Levels(r.getPeakDbfs(), r.getRmsDbfs()),
                r.getAnalysedAt().toInstant(),
                report,
                structure,
                edited);
    }
}
