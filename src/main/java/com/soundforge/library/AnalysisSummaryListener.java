package com.soundforge.library;

import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.TrackAnalysed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Copies a fresh analysis's BPM, key and loudness onto the track, so the library can sort and filter by them. */
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
        Double bpm = analysed.bpm() == null ? null : Math.round(analysed.bpm() * 100) / 100.0;
        Double lufs = analysed.integratedLufs() == null ? null : Math.round(analysed.integratedLufs() * 10) / 10.0;
        boolean updated = tracks.updateAnalysisSummary(
                analysed.trackId(),
                bpm,
                key == null ? null : key.shortName(),
                key == null ? null : key.camelot(),
                key == null ? null : key.camelotNumber(),
                lufs);
        if (updated) {
            tracks.findById(analysed.trackId()).map(StoredTrack::track).ifPresent(events::updated);
        }
    }
}
