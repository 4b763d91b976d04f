package com.soundforge.separation.engine;

import java.util.Arrays;

/**
 * The source model's first step: each bin's magnitude (mean power over channels, square-rooted) into
 * {@code power}, and from the local stereo covariance (3 bins × {@code 2 · CENTRE_FRAMES + 1} frames) how centred it
 * looks ({@code centre}) and the largest share a centred source can hold ({@code centredShare}, and with a diffuse
 * floor {@code looseCentredShare}). Mono: all three are 1.
 */
final class StereoCues {

    /** Width of the panning-index window of a centred source. */
    static final float PAN_WIDTH = 0.6f;
    /** Frames on each side of a bin over which its spatial covariance is summed (9 frames, about 0.2 s). */
    static final int CENTRE_FRAMES = 4;
    /** Bins on each side of a bin over which its spatial covariance is summed. */
    static final int CENTRE_BINS = 1;
    /**
     * Diffuse floor, as a share of the mean channel power, added to both channels before the centred-share bound:
     * without it a single dominant source a little off centre (a voice's own room, estimation scatter) has a
     * near-singular covariance and is ruled not centred at all.
     */
    static final float CENTRED_LOADING = 0.03f;

    private StereoCues() {}

    /** Mean power over channels into {@code power} (as magnitude), coherence into {@code centre}. */
    static void compute(Spectra s, Parallel parallel) {
        int bins = s.bins;
        parallel.forRange(s.frames, (from, to) -> {
            Covariance sums = new Covariance(bins);
            for (int t = from; t < to; t++) {
                int row = t * bins;
                meanMagnitude(s, row);
                if (s.channels < 2) {
                    Arrays.fill(s.centre, row, row + bins, 1f);
                    Arrays.fill(s.centredShare, row, row + bins, 1f);
                    Arrays.fill(s.looseCentredShare, row, row + bins, 1f);
                    continue;
                }
                sums.sumFrames(s, t);
                sums.binCues(s, row);
            }
        });
    }

    private static void meanMagnitude(Spectra s, int row) {
        for (int k = 0; k < s.bins; k++) {
            int i = row + k;
            float sum = 0;
            for (int c = 0; c < s.channels; c++) {
                sum += s.re[c][i] * s.re[c][i] + s.im[c][i] * s.im[c][i];
            }
            s.power[i] = (float) Math.sqrt(sum / s.channels);
        }
    }

    /** Per-thread sums of the stereo covariance of each bin over the frames around one frame. */
    private static final class Covariance {
        final float[] crossSum;
        final float[] crossImSum;
        final float[] leftSum;
        final float[] rightSum;

        Covariance(int bins) {
            crossSum = new float[bins];
            crossImSum = new float[bins];
            leftSum = new float[bins];
            rightSum = new float[bins];
        }

        /**
         * 3 bins x 9 frames (~0.2 s): a source's spatial image is steady over that span, and the estimate from
         * fewer samples scatters enough to hand parts of a centred voice to "other"; summed over frames first (here),
         * then over bins ({@link #binCues}).
         */
        void sumFrames(Spectra s, int t) {
            float[] lr = s.re[0], li = s.im[0], rr = s.re[1], ri = s.im[1];
            int bins = s.bins;
            Arrays.fill(crossSum, 0f);
            Arrays.fill(crossImSum, 0f);
            Arrays.fill(leftSum, 0f);
            Arrays.fill(rightSum, 0f);
            for (int u = Math.max(0, t - CENTRE_FRAMES); u <= Math.min(s.frames - 1, t + CENTRE_FRAMES); u++) {
                for (int k = 0, i = u * bins; k < bins; k++, i++) {
                    crossSum[k] += lr[i] * rr[i] + li[i] * ri[i];
                    crossImSum[k] += li[i] * rr[i] - lr[i] * ri[i];
                    leftSum[k] += lr[i] * lr[i] + li[i] * li[i];
                    rightSum[k] += rr[i] * rr[i] + ri[i] * ri[i];
                }
            }
        }

        void binCues(Spectra s, int row) {
            int bins = s.bins;
            for (int k = 0; k < bins; k++) {
                float cross = 0;
                float crossIm = 0;
                float left = 1e-30f;
                float right = 1e-30f;
                for (int j = Math.max(0, k - CENTRE_BINS); j <= Math.min(bins - 1, k + CENTRE_BINS); j++) {
                    cross += crossSum[j];
                    crossIm += crossImSum[j];
                    left += leftSum[j];
                    right += rightSum[j];
                }
                s.centre[row + k] = centreness(cross, left, right);
                s.centredShare[row + k] = centredShare(cross, crossIm, left, right, 0f);
                s.looseCentredShare[row + k] = centredShare(cross, crossIm, left, right, CENTRED_LOADING);
            }
        }
    }

    /**
     * The largest share of a bin's power that a centred source (equal, in-phase channels) can have, given the
     * local covariance [left, cross; conj(cross), right]: the most centred power P for which the remainder
     * stays positive semi-definite, P = (left·right − |cross|²) / (left + right − 2 Re cross), over the mean
     * channel power. Exact for a centred source plus one panned or delayed source; diffuse sound counts half.
     * {@code loading} adds that share of the mean channel power to both channels first (a diffuse floor), which
     * makes the bound tolerant of a dominant source slightly off centre.
     */
    static float centredShare(float cross, float crossIm, float left0, float right0, float loading) {
        double load = loading * 0.5 * ((double) left0 + right0);
        double left = left0 + load;
        double right = right0 + load;
        double det = left * right - (double) cross * cross - (double) crossIm * crossIm;
        double side = left + right - 2.0 * cross;
        double mean = 0.5 * (left + right);
        if (side <= 1e-6 * mean) {
            return 1f;
        }
        return SourceModel.clamp01((float) (Math.max(0, det) / side / mean));
    }

    /**
     * How much a bin looks like a centred source, in [0, 1]: its level panning index (|L|²−|R|²)/(|L|²+|R|²)
     * near 0 (a Gaussian window of width {@link #PAN_WIDTH}) and its channels in phase (normalised real
     * cross-spectrum, squared). Mild panning (±0.3) already scores low, unlike plain coherence.
     */
    static float centreness(float cross, float left, float right) {
        float pan = (left - right) / (left + right);
        float phase = (float) (cross / Math.sqrt((double) left * right + 1e-40));
        float inPhase = SourceModel.clamp01(phase);
        float width = pan / PAN_WIDTH;
        return (float) Math.exp(-width * width) * inPhase * inPhase;
    }
}
