package com.soundforge.analysis.engine.tempo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BeatTrackerTest {

    @Test
    void tracksTheStrongOnsetsAtTheExpectedPeriodAndSkipsTheWeakOnesBetween() {
        float[] envelope = new float[1000];
        for (int i = 17; i < envelope.length; i += 50) {
            envelope[i] = 1;
            if (i + 25 < envelope.length) {
                envelope[i + 25] = 0.3f;
            }
        }
        double[] beats = BeatTracker.track(envelope, BeatTracker.constant(envelope.length, 50), 100);
        assertThat(beats).hasSize(20);
        for (int k = 0; k < beats.length; k++) {
            assertThat(beats[k]).isEqualTo(17 + 50 * k);
        }
    }

    @Test
    void theMidpointsAreTheOtherPhaseOfTheBeats() {
        assertThat(BeatTracker.midpoints(new double[] {10, 20, 40})).containsExactly(15, 30);
        assertThat(BeatTracker.midpoints(new double[] {10})).containsExactly(10);
    }
}
