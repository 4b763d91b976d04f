package com.soundforge.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.MusicalKey;
import org.junit.jupiter.api.Test;

class KeyAnalyzerTest {

    private static final int RATE = 44100;

    private static MusicalKey keyOf(int transpose, int[][] chords) {
        int[][] moved = new int[chords.length][];
        for (int i = 0; i < chords.length; i++) {
            moved[i] = new int[chords[i].length];
            for (int n = 0; n < chords[i].length; n++) {
                moved[i][n] = chords[i][n] + transpose;
            }
        }
        KeyAnalyzer key = new KeyAnalyzer();
        key.start(RATE, 1, 20L * RATE);
        Synth.Signal signal = Synth.chords(RATE, 1.0, moved);
        float[][] block = new float[1][4096];
        for (long at = 0; at < 20L * RATE; at += 4096) {
            for (int i = 0; i < 4096; i++) {
                block[0][i] = (float) signal.sample(0, at + i);
            }
            key.process(block, 4096);
        }
        MusicalKey found = key.finish();
        assertThat(found).isNotNull();
        return found;
    }

    /** I – IV – V – I. */
    private static final int[][] MAJOR_CADENCE = {{0, 4, 7}, {5, 9, 12}, {7, 11, 14}, {0, 4, 7}};
    /** i – iv – V – i with the leading tone. */
    private static final int[][] MINOR_CADENCE = {{0, 3, 7}, {5, 8, 12}, {7, 11, 14}, {0, 3, 7}};

    @Test
    void findsCMajorInAOneFourFiveOneProgression() {
        assertThat(keyOf(0, MAJOR_CADENCE).name()).isEqualTo("C major");
    }

    @Test
    void findsEbMajorWhenTransposed() {
        assertThat(keyOf(3, MAJOR_CADENCE).name()).isEqualTo("Eb major");
    }

    @Test
    void findsAMinorInAMinorCadence() {
        assertThat(keyOf(9, MINOR_CADENCE).name()).isEqualTo("A minor");
    }

    @Test
    void findsFSharpMinorInAMinorCadence() {
        MusicalKey key = keyOf(6, MINOR_CADENCE);
        assertThat(key.name()).isEqualTo("F# minor");
        assertThat(key.camelot()).isEqualTo("11A");
        assertThat(key.confidence()).isBetween(0.0, 1.0);
    }

    /** I – vi – IV – V: the notes of C major are those of A minor; the chords say which is home. */
    private static final int[][] ONE_SIX_FOUR_FIVE = {{0, 4, 7}, {9, 12, 16}, {5, 9, 12}, {7, 11, 14}};
    /** i – VI – iv – V: the relative major's notes but for one leading tone, and the minor tonic triad. */
    private static final int[][] MINOR_LOOP = {{0, 3, 7}, {8, 12, 15}, {5, 8, 12}, {7, 11, 14}};

    /** i – VI – III – V: three of the four chords are the relative major's I, IV and vi. */
    private static final int[][] MINOR_LOOP_THROUGH_III = {{0, 3, 7}, {8, 12, 15}, {3, 7, 10}, {7, 11, 14}};

    @Test
    void findsTheMinorKeyOfALoopThroughTheRelativeMajorTriad() {
        for (int tonic : new int[] {7, 10, 4}) {
            MusicalKey key = keyOf(tonic, MINOR_LOOP_THROUGH_III);
            assertThat(key.tonic()).as("tonic %d", tonic).isEqualTo(tonic);
            assertThat(key.minor()).as("minor, tonic %d", tonic).isTrue();
        }
    }

    @Test
    void findsTheMajorKeyOfAnOneSixFourFiveLoopNotItsRelativeMinor() {
        assertThat(keyOf(2, ONE_SIX_FOUR_FIVE).name()).isEqualTo("D major");
    }

    @Test
    void findsTheMinorKeyOfAMinorLoopNotItsRelativeMajor() {
        assertThat(keyOf(4, MINOR_LOOP).name()).isEqualTo("E minor");
    }

    @Test
    void findsNoKeyInWhiteNoise() {
        KeyAnalyzer key = new KeyAnalyzer();
        key.start(RATE, 1, -1);
        Synth.Signal noise = Synth.whiteNoise(0.3, 7);
        float[][] block = new float[1][4096];
        for (int b = 0; b < 200; b++) {
            for (int i = 0; i < 4096; i++) {
                block[0][i] = (float) noise.sample(0, i);
            }
            key.process(block, 4096);
        }
        assertThat(key.finish()).isNull();
    }
}
