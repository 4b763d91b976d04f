package com.soundforge.library;

import com.soundforge.analysis.BpmSource;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.TrackAnalysed;
import com.soundforge.analysis.TrackTempoEdited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies a fresh analysis's BPM, key and loudness onto the track, so the library can sort and filter by them, and
 * the BPM again whenever its owner edits the beat grid (the list marks an edited BPM).
 */
@Component
class AnalysisSummaryListener {

    private final TrackRepository tracks;
    private final TrackEvents events;

    AnalysisSummaryListener(TrackRepository tracks, TrackEvents events) {
        this.tracks = tracks;
        this.events = events;
    }

    @EventListener
    void on(TrackAnalysed analysed) {
        MusicalKey key = analysed.key();
        Double lufs = analysed.integratedLufs() == null ? null : Math.round(analysed.integratedLufs() * 10) / 10.0;
        boolean updated = tracks.updateAnalysisSummary(
                analysed.trackId(),
                round2(analysed.bpm()),
                analysed.bpm() != null && analysed.bpmEdited(),
                key == null ? null : key.shortName(),
                key == null ? null : key.camelot(),
                key == null ? null : key.camelotNumber(),
                lufs);
        if (updated) {
            tracks.findById(analysed.trackId()).map(StoredTrack::track).ifPresent(events::updated);
        }
    }

    @EventListener
    void on(TrackTempoEdited edited) {
        boolean isEdited = edited.bpm() != null && edited.source() == BpmSource.EDITED;
        if (tracks.updateBpm(edited.trackId(), round2(edited.bpm()), isEdited)) {
            tracks.findById(edited.trackId()).map(StoredTrack::track).ifPresent(events::updated);
        }
    }

    private static Double round2(Double bpm) {
        return bpm == null ? null : Math.round(bpm * 100) / 100.0;
    }
}
