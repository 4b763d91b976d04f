package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BassLineTest {

    private static final int CANDIDATES = 40;

    @Test
    void followsHeldNotesThroughFramesWhereAnotherPitchScoresHigher() {
        // two notes of 20 frames; in two frames a kick or a chord tone makes candidate 30 the best of the frame
        float[] scores = new float[40 * CANDIDATES];
        for (int t = 0; t < 40; t++) {
            scores[t * CANDIDATES + (t < 20 ? 10 : 20)] = 0.4f;
        }
        scores[5 * CANDIDATES + 30] = 0.9f;
        scores[27 * CANDIDATES + 30] = 0.9f;
        int[] line = BassLine.track(scores, 40, CANDIDATES, 1f);
        for (int t = 0; t < 40; t++) {
            assertThat(line[t]).as("frame %d", t).isEqualTo(t < 20 ? 10 : 20);
        }
    }

    @Test
    void withoutAPenaltyEveryFrameTakesItsBestCandidate() {
        float[] scores = new float[6 * CANDIDATES];
        int[] best = {3, 30, 3, 17, 18, 0};
        for (int t = 0; t < best.length; t++) {
            scores[t * CANDIDATES + best[t]] = 0.5f;
            scores[t * CANDIDATES + (best[t] + 7) % CANDIDATES] = 0.2f;
        }
        assertThat(BassLine.track(scores, best.length, CANDIDATES, 0f)).containsExactly(best);
    }

    @Test
    void aStepToTheNeighbouringCandidateCostsAQuarterOfAJump() {
        // the same two-frame change by one candidate (a third of a semitone) and by eight: the line follows the
        // step, which costs 0.25, but not the jump, which costs more than the 0.8 it would gain
        assertThat(BassLine.track(twoNotes(12, 13), 4, CANDIDATES, 1f)).containsExactly(12, 12, 13, 13);
        assertThat(BassLine.track(twoNotes(12, 20), 4, CANDIDATES, 1f)).containsExactly(12, 12, 12, 12);
    }

    private static float[] twoNotes(int first, int second) {
        float[] scores = new float[4 * CANDIDATES];
        for (int t = 0; t < 4; t++) {
            scores[t * CANDIDATES + (t < 2 ? first : second)] = 0.4f;
        }
        return scores;
    }

    @Test
    void anEmptyChunkHasAnEmptyLine() {
        assertThat(BassLine.track(new float[0], 0, CANDIDATES, 1f)).isEmpty();
    }
}
