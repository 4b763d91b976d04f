package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.FeatureSeries;
import com.soundforge.analysis.FeatureSeries.FeatureSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/** Turns an analysis report into the JSON the chart components draw. */
final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PITCH_CLASSES =
            List.of("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B");

    record Heat(float[][] values, List<String> labels, double duration) {}

    record Series(String name, String color, String unit, float[] values) {}

    record Lines(double duration, List<Series> series) {}

    record Axis(String label, double value, String text) {}

    private ChartData() {}

    static String chroma(AnalysisReport report) {
        return JSON.writeValueAsString(new Heat(report.features().chroma(), PITCH_CLASSES, report.durationSeconds()));
    }

    static String mfcc(AnalysisReport report) {
        List<String> labels = IntStream.rangeClosed(1, 13)
                .mapToObj(i -> i % 4 == 1 ? String.valueOf(i) : "")
                .toList();
        return JSON.writeValueAsString(new Heat(report.features().mfcc(), labels, report.durationSeconds()));
    }

    static String spectral(AnalysisReport report) {
        FeatureSeries f = report.features();
        List<Series> series = new ArrayList<>();
        series.add(new Series("Centroid", "#60a5fa", "Hz", f.centroidHz()));
        series.add(new Series("Roll-off (85 %)", "#f59e0b", "Hz", f.rolloffHz()));
        series.add(new Series("Bandwidth", "#34d399", "Hz", f.bandwidthHz()));
        series.add(new Series("Flatness", "#f472b6", "", f.flatness()));
        series.add(new Series("Zero-crossing rate", "#a78bfa", "", f.zeroCrossingRate()));
        if (f.contrast() != null && f.contrast().length > 0) {
            series.add(new Series("Contrast (mean of bands)", "#e5e7eb", "dB", rowMeans(f.contrast())));
        }
        return JSON.writeValueAsString(new Lines(report.durationSeconds(), series));
    }

    static String onsetAndEnergy(AnalysisReport report) {
        List<Series> series = new ArrayList<>();
        series.add(new Series("Onset strength", "#f59e0b", "", report.features().onsetStrength()));
        if (report.loudness() != null && report.loudness().energyDb() != null) {
            series.add(new Series("Energy", "#60a5fa", "dB", report.loudness().energyDb()));
        }
        return JSON.writeValueAsString(new Lines(report.durationSeconds(), series));
    }

    /** Each axis on a fixed, documented scale so tracks can be compared with each other. */
    static String radar(AnalysisReport report) {
        Map<String, FeatureSummary> s = report.features().summaries();
        List<Axis> axes = new ArrayList<>();
        Double bpm = report.tempo() == null ? null : report.tempo().bpm();
        axes.add(new Axis(
                "Tempo", bpm == null ? 0 : scale(bpm, 60, 200), bpm == null ? "—" : "%.0f BPM".formatted(bpm)));
        Double lufs = report.loudness() == null ? null : report.loudness().integratedLufs();
        axes.add(new Axis(
                "Loudness", lufs == null ? 0 : scale(lufs, -30, -5), lufs == null ? "—" : "%.1f LUFS".formatted(lufs)));
        Double lra = report.loudness() == null ? null : report.loudness().rangeLu();
        axes.add(new Axis(
                "Dynamics", lra == null ? 0 : scale(lra, 0, 20), lra == null ? "—" : "%.1f LU".formatted(lra)));
        double centroid = mean(s, "centroid");
        axes.add(new Axis(
                "Brightness",
                centroid <= 0 ? 0 : scale(Math.log(centroid / 300) / Math.log(20), 0, 1),
                "%.0f Hz".formatted(centroid)));
        double flatness = mean(s, "flatness");
        axes.add(new Axis("Noisiness", scale(flatness, 0, 0.5), "%.2f".formatted(flatness)));
        double beatConfidence = report.tempo() == null ? 0 : report.tempo().confidence();
        axes.add(new Axis("Beat clarity", beatConfidence, Math.round(beatConfidence * 100) + " %"));
        double keyConfidence = report.key() == null ? 0 : report.key().confidence();
        axes.add(new Axis("Key clarity", keyConfidence, Math.round(keyConfidence * 100) + " %"));
        return JSON.writeValueAsString(axes);
    }

    private static double mean(Map<String, FeatureSummary> summaries, String name) {
        FeatureSummary summary = summaries == null ? null : summaries.get(name);
        return summary == null ? 0 : summary.mean();
    }

    private static double scale(double value, double low, double high) {
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    private static float[] rowMeans(float[][] rows) {
        float[] means = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            float sum = 0;
            for (float v : rows[i]) {
                sum += v;
            }
            means[i] = rows[i].length == 0 ? 0 : sum / rows[i].length;
        }
        return means;
    }
}
