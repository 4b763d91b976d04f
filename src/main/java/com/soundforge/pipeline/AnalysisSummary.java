package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.TrackAnalysis;
import java.util.ArrayList;
import java.util.List;

/** The one-line result an analysis job shows: "Analysed: 128.00 BPM · A minor (8A) · −9.1 LUFS". */
final class AnalysisSummary {

    private AnalysisSummary() {}

    static String of(TrackAnalysis analysis) {
        AnalysisReport report = analysis.report();
        if (analysis.levels().peakDbfs() == null) {
            return "Analysed: digital silence";
        }
        List<String> parts = new ArrayList<>();
        parts.add(
                report.tempo() == null
                        ? "no steady tempo"
                        : "%.2f BPM".formatted(report.tempo().bpm()));
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
