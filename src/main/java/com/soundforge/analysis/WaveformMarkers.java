package com.soundforge.analysis;

import java.util.List;

/** What the waveform draws over a track: the beat grid, section bands and suggested hot cues. */
record WaveformMarkers(
        double duration,
        double[] beats,
        double[] downbeats,
        List<Structure.Section> sections,
        List<Structure.CuePoint> cues) {

    static WaveformMarkers of(TrackAnalysis analysis) {
        AnalysisReport report = analysis.report();
        Tempo tempo = report.tempo();
        Structure structure = analysis.structure();
        return new WaveformMarkers(
                report.durationSeconds(),
                tempo == null ? new double[0] : tempo.beats(),
                tempo == null ? new double[0] : tempo.downbeats(),
                structure == null ? List.of() : structure.sections(),
                structure == null ? List.of() : structure.cues());
    }
}
