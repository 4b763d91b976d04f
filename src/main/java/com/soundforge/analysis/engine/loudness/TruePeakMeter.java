package com.soundforge.analysis.engine.loudness;

import com.soundforge.analysis.engine.Dsp;

/**
 * True peak as BS.1770 measures it: the largest absolute sample after 4× oversampling (2× from 96 kHz, none from
 * 192 kHz) with a {@value #TAPS_PER_PHASE}-tap-per-phase polyphase FIR interpolator (Kaiser-windowed sinc). Blocks
 * of {@value #CHUNK} samples whose input peak, times the interpolator's largest gain, cannot beat the peak so far are
 * skipped. Streaming, per channel; no allocation per block once its work buffer is large enough.
 */
public final class TruePeakMeter {

    private static final int TAPS_PER_PHASE = 16;
    /** Samples per block tested against the peak so far before interpolating it. */
    private static final int CHUNK = 64;
    /** Interpolator cut-off, as a share of the input's Nyquist frequency. */
    private static final double CUTOFF = 0.98;

    private static final double KAISER_BETA = 7.0;
    private static final int WORK_MARGIN = 4096;

    private final int oversampling;
    private final float[][] phases;
    /** Largest sum of absolute taps over the phases: no output exceeds the input's peak by more. */
    private float gainBound;
    /** The last {@code TAPS_PER_PHASE - 1} input samples of each channel. */
    private final float[][] history;

    private float[] work = new float[0];
    private double truePeak;

    public TruePeakMeter(int sampleRateHz, int channels) {
        oversampling = sampleRateHz >= 192000 ? 1 : sampleRateHz >= 96000 ? 2 : 4;
        phases = new float[oversampling][TAPS_PER_PHASE];
        designInterpolator();
        history = new float[channels][TAPS_PER_PHASE - 1];
    }

    private void designInterpolator() {
        int length = TAPS_PER_PHASE * oversampling;
        gainBound = 1f;
        if (oversampling == 1) {
            phases[0][0] = 1f;
            return;
        }
        double[] h = new double[length];
        double centre = (length - 1) / 2.0;
        for (int i = 0; i < length; i++) {
            double t = (i - centre) / oversampling;
            h[i] = Dsp.sinc(t * CUTOFF) * Dsp.kaiser(i, length, KAISER_BETA);
        }
        for (int p = 0; p < oversampling; p++) {
            double sum = 0;
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                sum += h[j * oversampling + p];
            }
            double abs = 0;
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                phases[p][j] = (float) (h[j * oversampling + p] / sum);
                abs += Math.abs(phases[p][j]);
            }
            gainBound = (float) Math.max(gainBound, abs);
        }
    }

    /** Measures the next {@code frames} samples of channel {@code c}. */
    public void measure(int c, float[] x, int frames) {
        int h = TAPS_PER_PHASE - 1;
        int total = h + frames;
        if (work.length < total) {
            work = new float[total + WORK_MARGIN];
        }
        System.arraycopy(history[c], 0, work, 0, h);
        System.arraycopy(x, 0, work, h, frames);
        for (int start = h; start < total; start += CHUNK) {
            int end = Math.min(total, start + CHUNK);
            float m = 0;
            for (int i = start - h; i < end; i++) {
                m = Math.max(m, Math.abs(work[i]));
            }
            if (m * gainBound <= truePeak) {
                continue;
            }
            interpolate(start, end);
        }
        System.arraycopy(work, total - h, history[c], 0, h);
    }

    private void interpolate(int start, int end) {
        for (int i = start; i < end; i++) {
            for (int p = 0; p < oversampling; p++) {
                float[] taps = phases[p];
                float acc = 0;
                for (int j = 0; j < TAPS_PER_PHASE; j++) {
                    acc += taps[j] * work[i - j];
                }
                float a = Math.abs(acc);
                if (a > truePeak) {
                    truePeak = a;
                }
            }
        }
    }

    /** Runs every channel's interpolator out over zeros, so its last input samples count too. */
    public void flush() {
        float[] zeros = new float[TAPS_PER_PHASE];
        for (int c = 0; c < history.length; c++) {
            measure(c, zeros, zeros.length);
        }
    }

    /** The largest interpolated absolute sample so far (linear, full scale 1). */
    public double peak() {
        return truePeak;
    }
}
