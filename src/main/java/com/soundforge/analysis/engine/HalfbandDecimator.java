package com.soundforge.analysis.engine;

/**
 * Streaming decimation by two with a linear-phase half-band FIR (Kaiser-windowed sinc, cut-off at a quarter of the
 * input rate). Every other tap of a half-band filter is zero, so only the odd taps and the centre are computed.
 * The filter's delay is compensated: output sample k corresponds to input sample 2k.
 */
final class HalfbandDecimator {

    /** Taps either side of the centre (total length 2 * HALF + 1). */
    private static final int HALF = 23;
    /** Kaiser window shape: about 80 dB stop-band attenuation. */
    private static final double KAISER_BETA = 8.0;

    private static final double CENTRE;
    private static final double[] ODD_TAPS;

    static {
        int length = 2 * HALF + 1;
        double[] h = new double[length];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            h[i] = 0.5 * Dsp.sinc((i - HALF) / 2.0) * Dsp.kaiser(i, length, KAISER_BETA);
            sum += h[i];
        }
        ODD_TAPS = new double[(HALF + 1) / 2];
        for (int j = 0; j < ODD_TAPS.length; j++) {
            ODD_TAPS[j] = h[HALF + 2 * j + 1] / sum;
        }
        CENTRE = h[HALF] / sum;
    }

    private final float[] history = new float[2 * HALF];
    private float[] work = new float[0];
    /** Starts with 2 * HALF zeros of history, so the filter never reads before the buffer. */
    private int historyFill = 2 * HALF;

    private long inputCount;
    private long outputCount;

    /**
     * Filters {@code n} input samples and writes the decimated samples to {@code out}.
     *
     * @return number of output samples written
     */
    int process(float[] in, int n, float[] out) {
        int total = historyFill + n;
        if (work.length < total + 2 * HALF) {
            work = new float[total + 2 * HALF + 1024];
        }
        System.arraycopy(history, 0, work, 0, historyFill);
        System.arraycopy(in, 0, work, historyFill, n);
        // work[0] is input sample (inputCount - historyFill); output k is centred on input 2k.
        long firstInput = inputCount - historyFill;
        int produced = 0;
        while (true) {
            long centreInput = 2 * outputCount;
            int c = (int) (centreInput - firstInput);
            if (c + HALF >= total) {
                break;
            }
            double acc = CENTRE * work[c];
            for (int j = 0; j < ODD_TAPS.length; j++) {
                int d = 2 * j + 1;
                acc += ODD_TAPS[j] * (work[c - d] + work[c + d]);
            }
            out[produced++] = (float) acc;
            outputCount++;
        }
        inputCount += n;
        int keep = Math.min(total, 2 * HALF);
        System.arraycopy(work, total - keep, history, 0, keep);
        historyFill = keep;
        return produced;
    }

    /** Emits the last outputs by feeding zeros (call once at the end of the stream). */
    int flush(float[] out) {
        float[] zeros = new float[HALF + 1];
        long wanted = (inputCount + 1) / 2;
        int produced = process(zeros, zeros.length, out);
        inputCount -= zeros.length;
        long excess = outputCount - wanted;
        if (excess > 0) {
            produced -= (int) excess;
            outputCount = wanted;
        }
        return Math.max(0, produced);
    }
}
