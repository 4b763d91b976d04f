package com.soundforge.analysis.engine.tempo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownbeatsTest {

    @Test
    void theDownbeatsAreEveryFourthBeatFromThePhase() {
        double[] beats = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0};
        assertThat(Downbeats.every(beats, 1)).containsExactly(1.0, 3.0, 5.0);
        assertThat(Downbeats.every(beats, 0)).containsExactly(0.5, 2.5, 4.5);
    }

    @Test
    void theBarStartsWhereTheKickIsAndTheSnareIsNot() {
        int beatCount = 32;
        double[] beatFrames = new double[beatCount];
        float[] kick = new float[40 * beatCount + 40];
        float[] snare = new float[kick.length];
        for (int k = 0; k < beatCount; k++) {
            int frame = 20 + 40 * k;
            beatFrames[k] = frame;
            (k % 4 == 2 ? kick : snare)[frame] = 1;
        }
        Envelopes envelopes = new Envelopes(new float[kick.length], kick, snare, 172);
        assertThat(Downbeats.phase(beatFrames, envelopes, null, 0)).isEqualTo(2);
    }
}
