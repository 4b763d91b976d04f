package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StereoCuesTest {

    /** Covariance of one source with channel gains (1, g), in phase: {cross, crossIm, left, right}. */
    private static float share(float g, float loading) {
        return StereoCues.centredShare(g, 0f, 1f, g * g, loading);
    }

    @Test
    void looseCentredShareToleratesASourceSlightlyOffCentreButNotAPannedOne() {
        assertThat(share(1f, 0f)).isCloseTo(1f, within(1e-6f));
        // a single source 10 % louder on one side: the exact bound leaves no room for a centred source at all
        assertThat(share(1.1f, 0f)).isLessThan(0.01f);
        assertThat(share(1.1f, StereoCues.CENTRED_LOADING)).isGreaterThan(0.8f);
        // panning index -0.3 (the corpus's chord part) stays well below
        assertThat(share((float) Math.sqrt(1.3 / 0.7), StereoCues.CENTRED_LOADING))
                .isLessThan(0.45f);
    }
}
