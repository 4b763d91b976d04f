package com.soundforge.analysis.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.soundforge.analysis.engine.AnalysisEngine;
import java.util.Map;

/**
 * The {@code --timing} file: analysis wall time per clip (decoding included), what was timed, the warm-up's time
 * (only with {@code --warmup}), the total, and the engine and Java versions.
 */
record TimingReport(
        Map<String, Double> perClipS,
        String what,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double warmupS,
        double totalS,
        int engineVersion,
        String java) {

    static TimingReport of(Map<String, Double> perClipSeconds, Double warmupSeconds, double totalSeconds) {
        String what = "decode + full analysis (loudness, tempo, beats, key, features, structure), one JVM, "
                + "single-threaded"
                + (warmupSeconds != null ? ", after one warm-up analysis of the first file" : ", cold");
        return new TimingReport(
                perClipSeconds,
                what,
                warmupSeconds == null ? null : Decimals.round(warmupSeconds, 4),
                Decimals.round(totalSeconds, 4),
                AnalysisEngine.VERSION,
                System.getProperty("java.version"));
    }
}
