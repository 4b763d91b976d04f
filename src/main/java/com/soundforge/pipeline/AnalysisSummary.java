package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.BpmSource;
import com.soundforge.analysis.Tempo;
import com.soundforge.analysis.TrackAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line result an analysis job shows: "Analysed: 128.00 BPM · A minor (8A) · −9.1 LUFS", with the BPM range it
 * was analysed in and the owner's edited tempo, which stays in effect, when there are.
 */
final class AnalysisSummary {

    private AnalysisSummary() {}

    static String of(TrackAnalysis analysis, BpmRange range) {
        AnalysisReport report = analysis.report();
        if (analysis.levels().peakDbfs() == null) {
            return "Analysed: digital silence";
        }
        List<String> parts = new ArrayList<>();
        Tempo analysed = analysis.analysedTempo();
        String tempo = analysed == null ? "no steady tempo" : "%.2f BPM".formatted(analysed.bpm());
        if (range != null) {
            tempo += " (range %.0f–%.0f)".formatted(range.min(), range.max());
        }
        if (analysis.bpmSource() == BpmSource.EDITED && report.tempo() != null) {
            tempo += ", your edited %.2f BPM kept".formatted(report.tempo().bpm());
        }
        parts.add(tempo);
        parts.add(
                report.key() == null
                        ? "no clear key"
                        : report.key().name() + " (" + report.key().camelot() + ")");
        if (report.loudness() != null && report.loudness().integratedLufs() != null) {
            parts.add("%.1f LUFS".formatted(report.loudness().integratedLufs()));
        }
        parts.add("peak %.1f dBFS".formatted(analysis.levels().peakDbfs()));
        return "Analysed: " + String.join(" · ", parts);
    }
}
