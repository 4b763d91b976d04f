package com.soundforge.separation.engine;

/**
 * Pitch by harmonic summation on one magnitude spectrum, and a comb of weights along that pitch's partials.
 * Candidates are spaced a third of a semitone apart; partials are weighted 1, 0.85, 0.85², … The comb's teeth
 * widen with the partial number (vibrato and glides smear high partials within one frame), never narrower than
 * the window's main lobe. Not thread-safe ({@link #pitch} reuses a scratch array): one instance per thread.
 */
final class HarmonicComb {

    private static final float DECAY = 0.85f;

    private final float binHz;
    private final float minHz;
    private final int partials;
    private final float[] candidatesHz;
    private final float[] sums;

    HarmonicComb(float binHz, float minHz, float maxHz, int partials) {
        this.binHz = binHz;
        this.minHz = minHz;
        this.partials = partials;
        int count = (int) Math.ceil(36 * Math.log(maxHz / minHz) / Math.log(2)) + 1;
        candidatesHz = new float[count];
        for (int i = 0; i < count; i++) {
            candidatesHz[i] = (float) (minHz * Math.pow(2, i / 36.0));
        }
        sums = new float[count];
    }

    int candidates() {
        return candidatesHz.length;
    }

    float candidateHz(int index) {
        return candidatesHz[index];
    }

    /** The harmonic sum of every candidate pitch over {@code magnitude[offset .. offset+bins)} into {@code sums}. */
    void salience(float[] magnitude, int offset, int bins, float[] sums) {
        for (int c = 0; c < candidatesHz.length; c++) {
            float f0 = candidatesHz[c];
            float sum = 0;
            float weight = 1;
            for (int h = 1; h <= partials; h++) {
                float bin = h * f0 / binHz;
                if (bin >= bins - 2) {
                    break;
                }
                int k = (int) bin;
                float frac = bin - k;
                sum += weight * ((1 - frac) * magnitude[offset + k] + frac * magnitude[offset + k + 1]);
                weight *= DECAY;
            }
            sums[c] = sum;
        }
    }

    /**
     * The most salient pitch of {@code magnitude[offset .. offset+bins)} and its salience as a share of the
     * magnitude in the partials' range, packed as {@code {f0Hz, confidence}} into {@code result}.
     */
    void pitch(float[] magnitude, int offset, int bins, float[] result) {
        salience(magnitude, offset, bins, sums);
        int best = -1;
        for (int c = 0; c < sums.length; c++) {
            if (sums[c] > 0 && (best < 0 || sums[c] > sums[best])) {
                best = c;
            }
        }
        result[0] = best < 0 ? 0 : candidatesHz[best];
        result[1] = best < 0 ? 0 : confidence(magnitude, offset, bins, candidatesHz[best], sums[best]);
    }

    /** A candidate's harmonic sum as a share of the magnitude in its partials' range, times 2, at most 1. */
    float confidence(float[] magnitude, int offset, int bins, float f0Hz, float sum) {
        float total = 1e-20f;
        int from = Math.max(1, (int) (minHz / binHz) - 1);
        int to = Math.min(bins - 1, (int) (f0Hz * partials / binHz) + 2);
        for (int k = from; k < to; k++) {
            total += magnitude[offset + k];
        }
        return Math.min(1f, sum / total * 2f);
    }

    /** Writes comb weights in [0, 1] for pitch {@code f0Hz} into {@code weights[0 .. bins)} (others untouched). */
    void comb(float f0Hz, float maxHz, float[] weights, int bins) {
        comb(f0Hz, maxHz, 1f, weights, bins);
    }

    /** As {@link #comb(float, float, float[], int)}, with teeth that fade like the partials' weights in {@link #pitch}. */
    void decayedComb(float f0Hz, float maxHz, float[] weights, int bins) {
        comb(f0Hz, maxHz, DECAY, weights, bins);
    }

    /** As {@link #comb(float, float, float[], int)}, with the h-th tooth's height scaled by {@code decay^(h-1)}. */
    void comb(float f0Hz, float maxHz, float decay, float[] weights, int bins) {
        java.util.Arrays.fill(weights, 0, bins, 0f);
        if (f0Hz <= 0) {
            return;
        }
        float height = 1;
        for (int h = 1; h * f0Hz <= maxHz; h++, height *= decay) {
            float centre = h * f0Hz / binHz;
            float halfWidth = Math.max(2f, h * f0Hz * 0.03f / binHz);
            int from = Math.max(0, (int) Math.floor(centre - halfWidth));
            int to = Math.min(bins - 1, (int) Math.ceil(centre + halfWidth));
            for (int k = from; k <= to; k++) {
                float w = height * (1 - Math.abs(k - centre) / halfWidth);
                if (w > weights[k]) {
                    weights[k] = w;
                }
            }
        }
    }
}
