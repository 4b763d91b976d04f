package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SourceModelTest {

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
