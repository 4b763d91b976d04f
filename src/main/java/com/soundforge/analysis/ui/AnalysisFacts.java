package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.BpmSource;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Tempo;
import com.soundforge.analysis.TrackAnalysis;
import com.vaadin.flow.component.html.Div;

/** The analysis at a glance: one badge per value, "—" style wording where the engine could not decide. */
final class AnalysisFacts {

    private AnalysisFacts() {}

    static Div of(TrackAnalysis analysis) {
        AnalysisReport report = analysis.report();
        Div facts = new Div();
        facts.setId("analysis-facts");
        facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Tempo tempo = report.tempo();
        boolean edited = analysis.bpmSource() == BpmSource.EDITED;
        Tempo analysed = analysis.analysedTempo();
        facts.add(AnalysisPanel.badge(
                "analysis-bpm",
                tempo == null
                        ? "No steady tempo"
                        : "%.2f BPM".formatted(tempo.bpm())
                                + (tempo.steady() ? "" : " (varies)")
                                + (edited ? " · edited" : ""),
                tempo == null
                        ? "No beat could be found"
                        : edited
                                ? "You edited the beat grid; the engine found "
                                        + (analysed == null ? "no tempo" : "%.2f BPM".formatted(analysed.bpm()))
                                : "Beat confidence " + percent(tempo.confidence())));
        MusicalKey key = report.key();
        facts.add(AnalysisPanel.badge(
                "analysis-key",
                key == null ? "No clear key" : key.name() + " · " + key.camelot() + " · " + key.openKey(),
                key == null
                        ? "No key could be found"
                        : "Key confidence " + percent(key.confidence()) + " (Camelot · Open Key)"));
        Loudness loudness = report.loudness();
        if (loudness != null && loudness.integratedLufs() != null) {
            facts.add(AnalysisPanel.badge(
                    "analysis-lufs",
                    "%.1f LUFS".formatted(loudness.integratedLufs()),
                    "Integrated loudness (EBU R128)"));
        }
        if (loudness != null && loudness.rangeLu() != null) {
            facts.add(AnalysisPanel.badge(
                    "analysis-lra", "LRA %.1f LU".formatted(loudness.rangeLu()), "Loudness range (EBU Tech 3342)"));
        }
        if (loudness != null && loudness.truePeakDbtp() != null) {
            facts.add(AnalysisPanel.badge(
                    "analysis-true-peak",
                    "%.1f dBTP".formatted(loudness.truePeakDbtp()),
                    "True peak (4× oversampled)"));
        }
        facts.add(AnalysisPanel.badge("analysis-duration", duration(report.durationSeconds()), "Duration"));
        facts.add(AnalysisPanel.badge(
                "analysis-engine",
                analysis.engine() + " engine v" + analysis.engineVersion(),
                "Analysed " + analysis.analysedAt()));
        return facts;
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole >= 3600
                ? "%d:%02d:%02d".formatted(whole / 3600, whole / 60 % 60, whole % 60)
                : "%d:%02d".formatted(whole / 60, whole % 60);
    }
}
