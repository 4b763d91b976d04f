package com.soundforge.analysis;

import com.soundforge.analysis.engine.AnalysisEngine;
import com.soundforge.analysis.engine.StructureAnalyzer;
import com.soundforge.audio.AudioDecodeException;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs the analysis engine over a track's audio and stores the result; derives sections and suggested cues from a
 * stored analysis. The reads take the user and check that the track is theirs ({@link TrackOwnership}).
 */
@Service
public class AnalysisService {

    static final String ENGINE = "sfa";
    /** Published on {@link Topics#trackAnalysis} after an analysis or its cues were stored (payload: track id). */
    public static final String UPDATED = "analysis:updated";

    private final AnalysisRepository analyses;
    private final ApplicationEventPublisher events;
    private final Broadcaster broadcaster;
    private final TrackOwnership ownership;
    private final AnalysisEngine engine = new AnalysisEngine();
    private final StructureAnalyzer structures = new StructureAnalyzer();

    AnalysisService(
            AnalysisRepository analyses,
            ApplicationEventPublisher events,
            Broadcaster broadcaster,
            TrackOwnership ownership) {
        this.analyses = analyses;
        this.events = events;
        this.broadcaster = broadcaster;
        this.ownership = ownership;
    }

    /** Analyses the audio without a BPM range (the engine picks the metrical level); see the 4-argument form. */
    public TrackAnalysis analyse(UUID trackId, Path audio, AnalysisProgress progress) throws AudioDecodeException {
        return analyse(trackId, audio, null, progress);
    }

    /**
     * Analyses the audio (one streaming pass), picking the metrical level inside {@code range} when one is given,
     * and stores the result, replacing an earlier one and its cues. An edited beat grid stays in effect.
     *
     * @return the stored analysis, with the owner's edited grid in effect if there is one
     */
    public TrackAnalysis analyse(UUID trackId, Path audio, BpmRange range, AnalysisProgress progress)
            throws AudioDecodeException {
        AnalysisReport report = engine.analyze(audio, progress, range).withStructure(null);
        Loudness loudness = report.loudness();
        Levels levels =
                loudness == null ? new Levels(null, null) : new Levels(loudness.samplePeakDbfs(), loudness.rmsDbfs());
        TrackAnalysis analysis =
                new TrackAnalysis(trackId, ENGINE, report.engineVersion(), levels, Instant.now(), report, null);
        analyses.upsert(analysis, range);
        TrackAnalysis stored = analyses.find(trackId).orElse(analysis);
        Tempo tempo = stored.report().tempo();
        events.publishEvent(new TrackAnalysed(
                trackId,
                tempo == null ? null : tempo.bpm(),
                report.key(),
                loudness == null ? null : loudness.integratedLufs(),
                stored.bpmSource() == BpmSource.EDITED));
        broadcaster.publish(Topics.trackAnalysis(trackId), UPDATED, trackId);
        return stored;
    }

    /**
     * Finds sections, drops, hot-cue and loop suggestions from the stored analysis (on its effective beat grid) and
     * stores them.
     *
     * @return empty when the track has no analysis by the engine yet
     */
    public Optional<Structure> suggestCues(UUID trackId) {
        return analyses.find(trackId).filter(a -> a.report() != null).map(analysis -> {
            Structure structure = structures.analyze(analysis.report());
            analyses.updateStructure(trackId, structure, analysis.engineVersion());
            broadcaster.publish(Topics.trackAnalysis(trackId), UPDATED, trackId);
            return structure;
        });
    }

    /**
     * The owner's track's stored analysis, if any, with their edited beat grid in effect (its tempo is what sync,
     * quantize, loops, cues and the DAW's warp go by).
     *
     * @throws RuntimeException the library's not-found or access-denied exception, see {@link TrackOwnership}
     */
    public Optional<TrackAnalysis> find(UUID ownerId, UUID trackId) {
        ownership.check(ownerId, trackId);
        return analyses.find(trackId);
    }

    /**
     * The analysis as exported to users (UI download and REST): summary values first, then everything. Empty
     * until the engine has analysed the track; throws like {@link #find}.
     */
    public Optional<String> exportJson(UUID ownerId, UUID trackId) {
        return find(ownerId, trackId)
                .filter(a -> a.report() != null)
                .map(a -> AnalysisJson.write(AnalysisExport.of(a)));
    }

    /**
     * Beat grid, sections and cues for the waveform ({@code <sfa-waveform>}'s {@code markers} JSON); empty until
     * the engine has analysed the track; throws like {@link #find}.
     */
    public Optional<String> markersJson(UUID ownerId, UUID trackId) {
        return find(ownerId, trackId)
                .filter(a -> a.report() != null)
                .map(a -> AnalysisJson.write(WaveformMarkers.of(a)));
    }

    /**
     * Of these tracks, those whose stored analysis the engine made in {@code range} (null: with none); the others
     * have no analysis yet or one made in another range.
     */
    public Set<UUID> analysedIn(Collection<UUID> trackIds, BpmRange range) {
        return trackIds.isEmpty() ? Set.of() : analyses.findAnalysedIn(trackIds, range);
    }

    /** Tracks whose stored analysis is older than the current engine (oldest first), to analyse again. */
    public List<UUID> tracksAnalysedByAnOlderEngine(int limit) {
        return analyses.findTracksAnalysedBefore(engineVersion(), limit);
    }

    public static int engineVersion() {
        return AnalysisEngine.VERSION;
    }
}
