package com.soundforge.analysis.engine.tempo;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.BpmRange;
import org.junit.jupiter.api.Test;

class OctaveFoldTest {

    private static final double[] GRID = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5};

    @Test
    void doublingAddsTheMidpointsAndHalvingKeepsTheDownbeatsParity() {
        assertThat(OctaveFold.fold(GRID, new double[] {1.0, 3.0}, 1))
                .containsExactly(0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5);
        assertThat(OctaveFold.fold(GRID, new double[] {1.0, 3.0}, -1)).containsExactly(1.0, 2.0, 3.0);
        assertThat(OctaveFold.fold(GRID, new double[] {0.5, 2.5}, -1)).containsExactly(0.5, 1.5, 2.5, 3.5);
        assertThat(OctaveFold.fold(OctaveFold.fold(GRID, new double[] {0.5}, 1), new double[] {0.5}, -1))
                .containsExactly(GRID);
    }

    @Test
    void aRangeSaysHowManyOctavesATempoMoves() {
        BpmRange range = new BpmRange(70, 140);
        assertThat(range.octavesToFold(174)).isEqualTo(-1);
        assertThat(range.octavesToFold(35)).isEqualTo(1);
        assertThat(range.octavesToFold(30)).isEqualTo(2);
        assertThat(range.octavesToFold(128)).isZero();
        assertThat(new BpmRange(88, 175).octavesToFold(175.6))
                .as("the gap of a range a little short of an octave")
                .isEqualTo(-1);
    }
}
