package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HarmonicCombTest {

    private static final float BIN_HZ = 44100f / 4096;

    @Test
    void decayedCombTeethShrinkWithPartialNumber() {
        HarmonicComb comb = new HarmonicComb(BIN_HZ, 30f, 250f, 6);
        float f0 = 10 * BIN_HZ; // partials fall exactly on bins 10, 20, 30, ...
        float[] weights = new float[2048];
        comb.comb(f0, 1500f, 0.5f, weights, weights.length);
        assertThat(weights[10]).isCloseTo(1f, within(1e-6f));
        assertThat(weights[20]).isCloseTo(0.5f, within(1e-6f));
        assertThat(weights[30]).isCloseTo(0.25f, within(1e-6f));
        assertThat(weights[15]).isCloseTo(0f, within(1e-6f));
        comb.comb(f0, 1500f, weights, weights.length);
        assertThat(weights[30]).isCloseTo(1f, within(1e-6f));
    }
}
