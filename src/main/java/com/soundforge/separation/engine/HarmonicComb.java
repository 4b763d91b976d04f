package com.soundforge.separation.engine;

/**
 * Pitch by harmonic summation on one magnitude spectrum, and a comb of weights along that pitch's partials.
 * Candidates are spaced a third of a semitone apart; partials are weighted 1, 0.85, 0.85², … The comb's teeth
 * widen with the partial number (vibrato and glides smear high partials within one frame), never narrower than
 * the window's main lobe.
 */
final class HarmonicComb {

    private static final float DECAY = 0.85f;

    private final float binHz;
    private final float minHz;
    private final int partials;
    private final float[] candidatesHz;

    HarmonicComb(float binHz, float minHz, float maxHz, int partials) {
        this.binHz = binHz;
        this.minHz = minHz;
        this.partials = partials;
        int count = (int) Math.ceil(36 * Math.log(maxHz / minHz) / Math.log(2)) + 1;
        candidatesHz = new float[count];
        for (int i = 0; i < count; i++) {
            candidatesHz[i] = (float) (minHz * Math.pow(2, i / 36.0));
        }
    }

    /**
     * The most salient pitch of {@code magnitude[offset .. offset+bins)} and its salience as a share of the
     * magnitude in the partials' range, packed as {@code {f0Hz, confidence}} into {@code result}.
     */
    void pitch(float[] magnitude, int offset, int bins, float[] result) {
        float best = 0;
        float bestHz = 0;
        for (float f0 : candidatesHz) {
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
            if (sum > best) {
                best = sum;
                bestHz = f0;
            }
        }
        float total = 1e-20f;
        int from = Math.max(1, (int) (minHz / binHz) - 1);
        int to = Math.min(bins - 1, (int) (bestHz * partials / binHz) + 2);
        for (int k = from; k < to; k++) {
            total += magnitude[offset + k];
        }
        result[0] = bestHz;
        result[1] = bestHz == 0 ? 0 : Math.min(1f, best / total * 2f);
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
