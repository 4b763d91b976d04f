package com.soundforge.dsp;

import org.jspecify.annotations.Nullable;

/**
 * Band-limited sample-rate conversion with a Kaiser-windowed sinc kernel, one channel at a time.
 * <p>
 * Output frame {@code n} is a pure function of the input around position {@code n · inRate / outRate} (computed in
 * exact integer arithmetic), so the result does not depend on how the input was cut into blocks: the same input
 * always gives the same bits. When the reduced output rate has at most 4096 phases (44.1 kHz ↔ 48 kHz: 160 and
 * 147) the exact kernel is tabulated per phase; otherwise it is tabulated at {@value #TABLE_STEPS} points per zero
 * crossing and read with linear interpolation; {@value #ZERO_CROSSINGS} zero crossings each side with β = {@value #KAISER_BETA} keep
 * the error of an in-band sine below −100 dB. The cutoff is 0.95 of the lower Nyquist frequency.
 */
public final class SincResampler {

    static final int ZERO_CROSSINGS = 32;
    static final int TABLE_STEPS = 512;
    static final double KAISER_BETA = 10;
    private static final double CUTOFF = 0.95;
    private static final int MAX_PHASES = 4096;

    private final long inRate;
    private final long outRate;
    private final double scale;
    private final int halfWidth;
    private final double[] table;
    private final double @Nullable [][] phases;

    public SincResampler(int inRateHz, int outRateHz) {
        if (inRateHz <= 0 || outRateHz <= 0) {
            throw new IllegalArgumentException("sample rates must be positive");
        }
        long gcd = gcd(inRateHz, outRateHz);
        this.inRate = inRateHz / gcd;
        this.outRate = outRateHz / gcd;
        this.scale = CUTOFF * Math.min(1.0, (double) outRateHz / inRateHz);
        this.halfWidth = (int) Math.ceil(ZERO_CROSSINGS / scale);
        this.table = kernelTable();
        this.phases = outRate <= MAX_PHASES ? phaseTable() : null;
    }

    /** Input frames on either side of an output frame's position that contribute to it. */
    public int halfWidth() {
        return halfWidth;
    }

    /** Number of output frames for {@code inputFrames} input frames. */
    public long outputFrames(long inputFrames) {
        return Math.ceilDiv(inputFrames * outRate, inRate);
    }

    /** Index of the input frame at or before output frame {@code n}'s position. */
    public long inputIndex(long n) {
        return Math.floorDiv(n * inRate, outRate);
    }

    /**
     * Output frame {@code n} of a signal whose input frames {@code [firstFrame, firstFrame + length)} are in
     * {@code input[0..length)}; frames outside it count as silence (so the caller passes at least {@link #halfWidth()} frames
     * around {@link #inputIndex(long) inputIndex(n)} wherever the signal is not silent).
     */
    public float sample(float[] input, int length, long firstFrame, long n) {
        long numerator = n * inRate;
        long center = Math.floorDiv(numerator, outRate);
        int phase = (int) Math.floorMod(numerator, outRate);
        double sum = 0;
        if (phases != null) {
            double[] weights = phases[phase];
            long first = center - halfWidth + 1 - firstFrame;
            int from = (int) Math.max(0, -first);
            int to = (int) Math.min(weights.length, length - first);
            for (int i = from; i < to; i++) {
                sum += input[(int) (first + i)] * weights[i];
            }
            return (float) sum;
        }
        double fraction = (double) phase / outRate;
        for (int k = -halfWidth + 1; k <= halfWidth; k++) {
            long at = center + k - firstFrame;
            if (at < 0 || at >= length) {
                continue;
            }
            sum += input[(int) at] * kernel(k - fraction);
        }
        return (float) sum;
    }

    private double kernel(double distance) {
        double position = Math.abs(distance) * scale * TABLE_STEPS;
        int index = (int) position;
        if (index + 1 >= table.length) {
            return 0;
        }
        double frac = position - index;
        return table[index] + (table[index + 1] - table[index]) * frac;
    }

    /** The exact kernel's weights of taps {@code -halfWidth+1 .. halfWidth} for each of the outRate phases. */
    private double[][] phaseTable() {
        double[][] weights = new double[(int) outRate][2 * halfWidth];
        double norm = besselI0(KAISER_BETA);
        for (int phase = 0; phase < outRate; phase++) {
            double fraction = (double) phase / outRate;
            for (int k = -halfWidth + 1; k <= halfWidth; k++) {
                double x = Math.abs(k - fraction) * scale;
                double ratio = x / ZERO_CROSSINGS;
                double window = ratio >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / norm;
                double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
                weights[phase][k + halfWidth - 1] = scale * sinc * window;
            }
        }
        return weights;
    }

    private double[] kernelTable() {
        int size = ZERO_CROSSINGS * TABLE_STEPS + 2;
        double[] values = new double[size];
        double norm = besselI0(KAISER_BETA);
        for (int i = 0; i < size; i++) {
            double x = (double) i / TABLE_STEPS;
            double ratio = x / ZERO_CROSSINGS;
            double window = ratio >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / norm;
            double sinc = i == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            values[i] = scale * sinc * window;
        }
        return values;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
