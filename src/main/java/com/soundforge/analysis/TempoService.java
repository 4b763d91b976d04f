package com.soundforge.analysis;

import com.soundforge.analysis.engine.StructureAnalyzer;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's corrections of a track's beat grid: ×2, ÷2, ×3/2, ×2/3, tap tempo, shift, "set the downbeat here" and
 * reset to the analysed grid. An edit is stored apart from the analysis (a re-analysis keeps it) and is the track's
 * effective tempo from then on; the suggested cues are derived again from it. Only the track's owner may edit;
 * afterwards {@link TrackTempoEdited} is published (the library, DJ decks) and the track's analysis topic told.
 */
@Service
public class TempoService {

    private final AnalysisRepository analyses;
    private final TempoEditRepository edits;
    private final TrackOwnership ownership;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Broadcaster broadcaster;
    private final StructureAnalyzer structures = new StructureAnalyzer();

    TempoService(
            AnalysisRepository analyses,
            TempoEditRepository edits,
            TrackOwnership ownership,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Broadcaster broadcaster) {
        this.analyses = analyses;
        this.edits = edits;
        this.ownership = ownership;
        this.transaction = transaction;
        this.events = events;
        this.broadcaster = broadcaster;
    }

    /**
     * The owner's track's effective tempo; empty until the engine analysed it.
     *
     * @throws RuntimeException the library's not-found or access-denied exception, see {@link TrackOwnership}
     */
    public Optional<TrackTempo> tempo(UUID ownerId, UUID trackId) {
        ownership.check(ownerId, trackId);
        return analyses.find(trackId).filter(a -> a.report() != null).map(TrackTempo::of);
    }

    /**
     * Applies the edit to the track's effective grid and stores the result as the track's edited grid.
     *
     * @throws IllegalArgumentException when the edit is impossible on this grid (nothing changes)
     * @throws IllegalStateException    when the track has not been analysed yet
     * @throws RuntimeException         the library's not-found or access-denied exception, see {@link TrackOwnership}
     */
    public TrackTempo edit(UUID ownerId, UUID trackId, TempoEdit edit) {
        ownership.check(ownerId, trackId);
        TrackAnalysis after = transaction.execute(status -> {
            TrackAnalysis current = lockedAnalysis(trackId);
            AnalysisReport report = current.report();
            Tempo edited = BeatGridEditor.apply(report.tempo(), report.durationSeconds(), edit);
            edits.save(trackId, edited, Instant.now());
            return rederiveCues(trackId);
        });
        return published(ownerId, after);
    }

    /**
     * An edit in its wire form, as the components and the API send it: {@code reset} or an action of
     * {@link TempoEdit#parse} with its value. The owner is checked before the value. Throws like {@link #edit}.
     */
    public TrackTempo edit(UUID ownerId, UUID trackId, String action, Double value) {
        ownership.check(ownerId, trackId);
        if (action != null && "reset".equalsIgnoreCase(action.strip())) {
            return reset(ownerId, trackId);
        }
        return edit(ownerId, trackId, TempoEdit.parse(action, value));
    }

    /** Drops the owner's edit: the analysed grid is the effective one again. Throws like {@link #edit}. */
    public TrackTempo reset(UUID ownerId, UUID trackId) {
        ownership.check(ownerId, trackId);
        boolean[] changed = new boolean[1];
        TrackAnalysis after = transaction.execute(status -> {
            lockedAnalysis(trackId);
            changed[0] = edits.delete(trackId);
            return changed[0] ? rederiveCues(trackId) : analyses.find(trackId).orElseThrow();
        });
        return changed[0] ? published(ownerId, after) : TrackTempo.of(after);
    }

    private TrackAnalysis lockedAnalysis(UUID trackId) {
        if (!analyses.lock(trackId)) {
            throw new IllegalStateException("This track has not been analysed yet.");
        }
        TrackAnalysis current = analyses.find(trackId).orElseThrow();
        if (current.report() == null) {
            throw new IllegalStateException("This track has not been analysed by the engine yet.");
        }
        return current;
    }

    /** Suggested cues sit on the grid's downbeats: once they exist, they follow the effective grid. */
    private TrackAnalysis rederiveCues(UUID trackId) {
        TrackAnalysis analysis = analyses.find(trackId).orElseThrow();
        if (analysis.structure() == null) {
            return analysis;
        }
        analyses.updateStructure(trackId, structures.analyze(analysis.report()), analysis.engineVersion());
        return analyses.find(trackId).orElseThrow();
    }

    private TrackTempo published(UUID ownerId, TrackAnalysis after) {
        TrackTempo tempo = TrackTempo.of(after);
        events.publishEvent(new TrackTempoEdited(tempo.trackId(), ownerId, tempo.bpm(), tempo.source()));
        broadcaster.publish(Topics.trackAnalysis(tempo.trackId()), AnalysisService.UPDATED, tempo.trackId());
        return tempo;
    }
}
