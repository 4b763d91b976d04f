package com.soundforge.analysis.engine.tempo;

import org.jspecify.annotations.Nullable;

/**
 * The strongest periodicity of the onset envelope: the autocorrelation peak between {@value #MIN_BPM} and
 * {@value #MAX_BPM} BPM under a broad log-normal prior (centre {@value #PRIOR_CENTRE_BPM} BPM, σ = one octave).
 *
 * @param acf      normalised autocorrelation of the onset envelope, by lag in frames
 * @param lag      the winning peak's interpolated lag in frames
 * @param strength the autocorrelation at that lag (0..1): how periodic the onsets are
 */
public record Periodicity(double[] acf, double lag, double strength) {

    static final double MIN_BPM = 55;
    static final double MAX_BPM = 215;
    static final int SECONDS_PER_MINUTE = 60;
    private static final double PRIOR_CENTRE_BPM = 120;
    /**
     * The autocorrelation reaches to this many periods of the slowest tempo, so that twice the slowest period
     * (the half-tempo candidate of {@link MetricalLevel}) still has a peak to refine.
     */
    private static final double ACF_SPAN_SLOWEST_PERIODS = 2.2;
    /** Below this the onsets are not periodic (noise, speech, ambient). */
    private static final double MIN_STRENGTH = 0.05;

    /** The strongest periodicity of {@code e} at {@code fr} frames per second, or null when there is none. */
    public static @Nullable Periodicity strongest(float[] e, double fr) {
        double[] acf =
                Autocorrelation.of(e, (int) Math.ceil(fr * SECONDS_PER_MINUTE / MIN_BPM * ACF_SPAN_SLOWEST_PERIODS));
        double best = -1;
        double bestLag = 0;
        int fastestLag = (int) Math.floor(fr * SECONDS_PER_MINUTE / MAX_BPM);
        for (int lag = fastestLag; lag <= Math.ceil(fr * SECONDS_PER_MINUTE / MIN_BPM); lag++) {
            if (lag < Autocorrelation.MIN_PEAK_LAG
                    || lag + 1 >= acf.length
                    || !(acf[lag] >= acf[lag - 1] && acf[lag] >= acf[lag + 1])) {
                continue;
            }
            double p = Autocorrelation.peakLag(acf, lag);
            double bpm = SECONDS_PER_MINUTE * fr / p;
            if (bpm < MIN_BPM || bpm > MAX_BPM) {
                continue;
            }
            double score = acf[lag] * prior(bpm);
            if (score > best) {
                best = score;
                bestLag = p;
            }
        }
        double periodicity = bestLag > 0 ? acf[(int) Math.round(bestLag)] : 0;
        if (bestLag == 0 || periodicity < MIN_STRENGTH) {
            return null;
        }
        return new Periodicity(acf, bestLag, periodicity);
    }

    /** The log-normal tempo prior: 1 at the centre, e^-0.5 one octave away. */
    static double prior(double bpm) {
        double octaves = Math.log(bpm / PRIOR_CENTRE_BPM) / Math.log(2);
        return Math.exp(-0.5 * octaves * octaves);
    }
}
