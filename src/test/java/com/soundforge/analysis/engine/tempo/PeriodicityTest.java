package com.soundforge.analysis.engine.tempo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodicityTest {

    private static final double FRAME_RATE = 22050 / 128.0;

    @Test
    void findsThePeriodOfAnOnsetEveryEightyFramesAndPrefersItToItsHalfTempo() {
        float[] envelope = new float[(int) (30 * FRAME_RATE)];
        for (int i = 5; i < envelope.length; i += 80) {
            envelope[i] = 1;
        }
        Periodicity periodicity = Periodicity.strongest(envelope, FRAME_RATE);
        assertThat(periodicity).isNotNull();
        assertThat(periodicity.lag()).isCloseTo(80, within(0.5));
        assertThat(periodicity.strength()).isGreaterThan(0.5);
    }

    @Test
    void findsNoPeriodInNoise() {
        Random random = new Random(21);
        float[] envelope = new float[(int) (60 * FRAME_RATE)];
        for (int i = 0; i < envelope.length; i++) {
            envelope[i] = random.nextFloat();
        }
        assertThat(Periodicity.strongest(envelope, FRAME_RATE)).isNull();
    }

    @Test
    void thePriorFavoursTempiNearOneHundredAndTwentyBpm() {
        assertThat(Periodicity.prior(120)).isEqualTo(1.0);
        assertThat(Periodicity.prior(60)).isCloseTo(Math.exp(-0.5), within(1e-12));
        assertThat(Periodicity.prior(240)).isCloseTo(Math.exp(-0.5), within(1e-12));
    }
}
