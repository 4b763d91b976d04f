package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SourceModelTest {

    /** Covariance of one source with channel gains (1, g), in phase: {cross, crossIm, left, right}. */
    private static float share(float g, float loading) {
        return SourceModel.centredShare(g, 0f, 1f, g * g, loading);
    }

    @Test
    void looseCentredShareToleratesASourceSlightlyOffCentreButNotAPannedOne() {
        assertThat(share(1f, 0f)).isCloseTo(1f, within(1e-6f));
        // a single source 10 % louder on one side: the exact bound leaves no room for a centred source at all
        assertThat(share(1.1f, 0f)).isLessThan(0.01f);
        assertThat(share(1.1f, SourceModel.CENTRED_LOADING)).isGreaterThan(0.8f);
        // panning index -0.3 (the corpus's chord part) stays well below
        assertThat(share((float) Math.sqrt(1.3 / 0.7), SourceModel.CENTRED_LOADING)).isLessThan(0.45f);
    }

    @Test
    void steadyPartialsLowerTheVocalShareAndModulatedOnesRaiseIt() {
        float plain = (float) Math.sqrt(SourceModel.sharpen(0.8f, SourceModel.CENTRE_SHARPNESS) * 0.7f);
        float steady = SourceModel.vocalWeight(0.8f, 0.7f, 1f);
        float moving = SourceModel.vocalWeight(0.8f, 0.7f, 0f);
        assertThat(steady).isLessThan(plain);
        assertThat(moving).isGreaterThan(plain);
        assertThat(SourceModel.vocalWeight(0f, 0.7f, 0f)).isCloseTo(0f, within(1e-6f));
        assertThat(SourceModel.vocalWeight(1f, 1f, 1f)).isCloseTo(1f, within(1e-5f));
    }
}
