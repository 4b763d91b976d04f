package com.soundforge.analysis.engine.loudness;

import com.soundforge.analysis.engine.Dsp;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The loudness figures computed from the weighted mean-square energies of consecutive 100 ms sub-blocks: integrated
 * loudness (BS.1770-4: 400 ms blocks, gates −70 LUFS and −10 LU), loudness range (EBU Tech 3342: 3 s short-term
 * loudness, gates −70 LUFS and −20 LU, 10th to 95th percentile) and the energy curve.
 */
public final class GatedLoudness {

    public static final double SUB_BLOCK_SECONDS = 0.1;
    /** Sub-blocks per 400 ms gating block (75 % overlap: one block per sub-block). */
    private static final int BLOCK_SUB_BLOCKS = 4;
    /** Sub-blocks per 3 s short-term window. */
    private static final int SHORT_TERM_SUB_BLOCKS = 30;

    private static final double ABSOLUTE_GATE_LUFS = -70;
    private static final double INTEGRATED_RELATIVE_GATE_LU = 10;
    private static final double RANGE_RELATIVE_GATE_LU = 20;
    private static final double RANGE_LOW_PERCENTILE = 0.10;
    private static final double RANGE_HIGH_PERCENTILE = 0.95;
    /** BS.1770's offset from 10·log10 of the weighted mean square to LUFS. */
    private static final double LUFS_OFFSET = -0.691;

    private static final double FLOOR_DB = -120;

    private GatedLoudness() {}

    private static double lufs(double energy) {
        return energy > 0 ? LUFS_OFFSET + 10 * Math.log10(energy) : Double.NEGATIVE_INFINITY;
    }

    /** Mean energies of windows of {@code width} sub-blocks, one per sub-block step. */
    private static double[] windows(double[] z, int width) {
        if (z.length < width) {
            return new double[0];
        }
        double[] out = new double[z.length - width + 1];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += z[i];
            if (i >= width) {
                sum -= z[i - width];
            }
            if (i >= width - 1) {
                out[i - width + 1] = Math.max(0, sum / width);
            }
        }
        return out;
    }

    /** Integrated loudness in LUFS (rounded to 0.01), or null when every block is under the absolute gate. */
    public static @Nullable Double integrated(double[] z) {
        double[] blocks = windows(z, BLOCK_SUB_BLOCKS);
        double abs = 0;
        int n = 0;
        for (double e : blocks) {
            if (lufs(e) > ABSOLUTE_GATE_LUFS) {
                abs += e;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double relativeGate = lufs(abs / n) - INTEGRATED_RELATIVE_GATE_LU;
        double sum = 0;
        int m = 0;
        for (double e : blocks) {
            double l = lufs(e);
            if (l > ABSOLUTE_GATE_LUFS && l > relativeGate) {
                sum += e;
                m++;
            }
        }
        return m == 0 ? null : Dsp.round2(lufs(sum / m));
    }

    /** Loudness range in LU (rounded to 0.01), or null when no short-term window passes the gates. */
    public static @Nullable Double range(double[] z) {
        double[] st = windows(z, SHORT_TERM_SUB_BLOCKS);
        double abs = 0;
        int n = 0;
        for (double e : st) {
            if (lufs(e) > ABSOLUTE_GATE_LUFS) {
                abs += e;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double relativeGate = lufs(abs / n) - RANGE_RELATIVE_GATE_LU;
        double[] gated = Arrays.stream(st)
                .map(GatedLoudness::lufs)
                .filter(l -> l > ABSOLUTE_GATE_LUFS && l > relativeGate)
                .sorted()
                .toArray();
        if (gated.length == 0) {
            return null;
        }
        double lo = gated[(int) Math.round((gated.length - 1) * RANGE_LOW_PERCENTILE)];
        double hi = gated[(int) Math.round((gated.length - 1) * RANGE_HIGH_PERCENTILE)];
        return Dsp.round2(hi - lo);
    }

    /** Loudness (LUFS, floored at −120) of each {@code hop} seconds, from the mean energy of its sub-blocks. */
    public static float[] energyCurve(double[] z, double hop) {
        int per = Math.max(1, (int) Math.round(hop / SUB_BLOCK_SECONDS));
        int n = (z.length + per - 1) / per;
        float[] curve = new float[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int j = i * per; j < Math.min(z.length, (i + 1) * per); j++) {
                sum += z[j];
                count++;
            }
            double l = lufs(sum / Math.max(1, count));
            curve[i] = (float) Math.max(FLOOR_DB, l);
        }
        return curve;
    }
}
