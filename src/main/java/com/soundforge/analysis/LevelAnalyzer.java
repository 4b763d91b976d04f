package com.soundforge.analysis;

/** Sample peak and RMS level over all channels, in dBFS (full-scale sine RMS = -3.01 dBFS). */
final class LevelAnalyzer {

    static final String ID = "levels";
    static final int VERSION = 1;

    private double sumOfSquares;
    private long samples;
    private float peak;

    void start() {
        sumOfSquares = 0;
        samples = 0;
        peak = 0;
    }

    void process(float[][] planar, int frames) {
        for (float[] channel : planar) {
            double sum = 0;
            float channelPeak = peak;
            for (int i = 0; i < frames; i++) {
                float sample = channel[i];
                sum += sample * sample;
                channelPeak = Math.max(channelPeak, Math.abs(sample));
            }
            sumOfSquares += sum;
            peak = channelPeak;
        }
        samples += (long) frames * planar.length;
    }

    Levels finish() {
        if (samples == 0 || peak == 0) {
            return new Levels(null, null);
        }
        return new Levels(toDb(peak), toDb(Math.sqrt(sumOfSquares / samples)));
    }

    private static double toDb(double amplitude) {
        return Math.round(20 * Math.log10(amplitude) * 100) / 100.0;
    }
}
