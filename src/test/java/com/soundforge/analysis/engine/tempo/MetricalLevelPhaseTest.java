package com.soundforge.analysis.engine.tempo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricalLevelPhaseTest {

    private static final int PERIOD = 40;
    private static final int BEATS = 32;
    private static final double FRAME_RATE = 172;

    /**
     * A backbeat whose beats carry the kick (1, 3) and the snare (2, 4) over a hat, with a bass note and an open hat
     * on alternate off-beats: the off-beats alternate two different sounds more than the beats do, but the beats
     * carry the louder drums.
     */
    @Test
    void theBeatsThatCarryTheKickAndSnareAreOnTheBeatEvenWhenTheOffBeatsAlternateMore() {
        float[][] groups = new float[3][PERIOD * BEATS + PERIOD];
        double[] beats = new double[BEATS];
        for (int k = 0; k < BEATS; k++) {
            int beat = PERIOD / 2 + PERIOD * k;
            beats[k] = beat;
            put(groups, beat, k % 2 == 0 ? new double[] {1, 0.6, 0.5} : new double[] {0.3, 1, 0.5});
            put(groups, beat + PERIOD / 2, k % 2 == 0 ? new double[] {0, 0.3, 0.6} : new double[] {0.7, 0.15, 0.2});
        }
        Envelopes envelopes = new Envelopes(sum(groups), groups[0], groups[1], FRAME_RATE);
        double bpm = 60 * FRAME_RATE / PERIOD;

        assertThat(MetricalLevel.onTheBeat(envelopes, new Timbre(groups), PERIOD, bpm, beats)
                        .beats())
                .as("the kick and snare beats")
                .containsExactly(beats);
        assertThat(MetricalLevel.onTheBeat(envelopes, new Timbre(groups), PERIOD, bpm, BeatTracker.midpoints(beats))
                        .beats())
                .as("tracked on the off-beats, the points halfway between them")
                .containsExactly(Arrays.copyOfRange(beats, 1, BEATS - 1));
    }

    private static void put(float[][] groups, int frame, double[] sound) {
        for (int g = 0; g < groups.length; g++) {
            groups[g][frame] = (float) sound[g];
        }
    }

    private static float[] sum(float[][] groups) {
        float[] onset = new float[groups[0].length];
        for (float[] group : groups) {
            for (int i = 0; i < onset.length; i++) {
                onset[i] += group[i];
            }
        }
        return onset;
    }
}
