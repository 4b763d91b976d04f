package com.soundforge.analysis.engine.tempo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GridFitTest {

    @Test
    void aGridHeldAtBothEndsSurvivesAStretchTrackedOnTheOffBeats() {
        double period = 40;
        double[] beats = new double[90];
        for (int i = 0; i < beats.length; i++) {
            boolean inBreak = i >= 20 && i < 60;
            beats[i] = 100 + i * period + (inBreak ? period / 2 : 0) + (i % 3 - 1) * 0.3;
        }
        GridLine firstFit = LineFit.fit(beats, period);
        assertThat(firstFit).isNotNull();
        assertThat(firstFit.spread()).as("the plain fit's spread").isGreaterThan(0.04 * period);

        GridLine line = LineFit.throughMost(beats, firstFit);
        assertThat(line).isNotNull();
        assertThat(line.period()).isCloseTo(period, within(0.01));
        assertThat(line.spread()).isLessThan(0.04 * period);

        float[] drums = new float[4000];
        for (int i = 0; i < 90; i++) {
            drums[100 + i * 40] = 5; // kick and snare on the beats, nothing half-way
        }
        GridLine phased = SteadyGrid.drumPhase(line, drums, drums);
        assertThat(Math.floorMod(Math.round(phased.offset() - 100), 40)).isZero();
        GridLine shifted =
                SteadyGrid.drumPhase(new GridLine(line.offset() + 20, line.period(), line.spread()), drums, drums);
        assertThat(Math.floorMod(Math.round(shifted.offset() - 100), 40)).isZero();
    }
}
