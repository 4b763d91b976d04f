package com.soundforge.analysis.engine;

import com.soundforge.analysis.AnalysisReport;

/**
 * Analyses a synthetic two-hour stream (8 kHz mono: 230 MB if it were held as floats) and prints the result; run
 * in a JVM with a small heap by {@link AnalysisEngineTest}, so holding the audio would end in OutOfMemoryError.
 */
public final class TwoHourProbe {

    private TwoHourProbe() {}

    public static void main(String[] args) throws Exception {
        int rate = 8000;
        AnalysisReport report = new AnalysisEngine()
                .analyze(Synth.stream(rate, 1, 7200L * rate, new Synth.Groove(rate, 126, 0.5, false)), null);
        System.out.printf(
                java.util.Locale.ROOT,
                "duration=%.3f bpm=%.2f mfccFrames=%d energyFrames=%d%n",
                report.durationSeconds(),
                report.tempo().bpm(),
                report.features().mfcc().length,
                report.loudness().energyDb().length);
    }
}
