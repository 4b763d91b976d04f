package com.soundforge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.TempoEdit.Downbeat;
import com.soundforge.analysis.TempoEdit.Factor;
import com.soundforge.analysis.TempoEdit.Scale;
import com.soundforge.analysis.TempoEdit.Shift;
import com.soundforge.analysis.TempoEdit.Tap;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeatGridEditorTest {

    private static final double DURATION = 30;

    /** A steady 62.5 BPM grid: the engine's half-tempo answer to a 125 BPM track. */
    private static final Tempo HALF_TIME = BeatGridEditor.grid(0.212, 0.96, DURATION, 62.5, 0.8);

    /** A drifting grid as the beat tracker gives it when the tempo varies. */
    private static final Tempo VARYING = varying();

    @Test
    void doublingThenHalvingGivesBackTheSameGridOnASteadyGrid() {
        Tempo shifted = BeatGridEditor.apply(HALF_TIME, DURATION, new TempoEdit.Downbeat(2.132));
        assertThat(firstDownbeatIndex(shifted)).isEqualTo(2);

        Tempo doubled = BeatGridEditor.apply(shifted, DURATION, new Scale(Factor.DOUBLE));
        Tempo back = BeatGridEditor.apply(doubled, DURATION, new Scale(Factor.HALVE));

        assertThat(doubled.bpm()).isEqualTo(125.0);
        assertThat(doubled.beats()).hasSize(2 * shifted.beats().length - 1);
        assertThat(doubled.beats()[1]).isCloseTo((shifted.beats()[0] + shifted.beats()[1]) / 2, within(1e-6));
        assertThat(doubled.downbeats()[0]).isEqualTo(shifted.downbeats()[0]);
        assertThat(back).usingRecursiveComparison().isEqualTo(shifted);
    }

    @Test
    void doublingThenHalvingGivesBackTheSameGridOnAVaryingGrid() {
        Tempo back = BeatGridEditor.apply(
                BeatGridEditor.apply(VARYING, DURATION, new Scale(Factor.DOUBLE)), DURATION, new Scale(Factor.HALVE));

        assertThat(back).usingRecursiveComparison().isEqualTo(VARYING);
    }

    @Test
    void halvingKeepsTheFirstDownbeatAndEveryOtherBeatFromIt() {
        Tempo halved = BeatGridEditor.apply(VARYING, DURATION, new Scale(Factor.HALVE));

        assertThat(halved.bpm()).isEqualTo(VARYING.bpm() / 2);
        assertThat(halved.downbeats()[0]).isEqualTo(VARYING.downbeats()[0]);
        assertThat(halved.beats()).contains(VARYING.downbeats());
        assertThat(halved.beats()).hasSize((VARYING.beats().length + 1) / 2);
    }

    @Test
    void threeHalvesRegridsFromTheFirstDownbeatAtTwoThirdsOfThePeriod() {
        Tempo faster = BeatGridEditor.apply(HALF_TIME, DURATION, new Scale(Factor.THREE_HALVES));

        assertThat(faster.bpm()).isEqualTo(93.75);
        assertThat(faster.steady()).isTrue();
        assertThat(faster.beats()).contains(HALF_TIME.downbeats()[0]);
        assertThat(faster.downbeats()).contains(HALF_TIME.downbeats()[0]);
        assertThat(faster.beats()[1] - faster.beats()[0]).isCloseTo(0.64, within(1e-6));
        assertThat(faster.beats()[0]).isBetween(0.0, 0.64);
        assertThat(faster.beats()[faster.beats().length - 1]).isBetween(DURATION - 0.64, DURATION);
    }

    @Test
    void aTappedTempoIsTheNewPeriodAnchoredAtTheFirstDownbeat() {
        Tempo tapped = BeatGridEditor.apply(HALF_TIME, DURATION, new Tap(127.934));

        assertThat(tapped.bpm()).isEqualTo(127.93);
        assertThat(tapped.beats()[1] - tapped.beats()[0]).isCloseTo(60 / 127.93, within(1e-6));
        assertThat(tapped.downbeats()).contains(HALF_TIME.downbeats()[0]);
    }

    @Test
    void aTrackWithoutAGridGetsOneByTapping() {
        Tempo tapped = BeatGridEditor.apply(null, 10, new Tap(120));

        assertThat(tapped.beats()).startsWith(0.0, 0.5, 1.0);
        assertThat(tapped.downbeats()).startsWith(0.0, 2.0);
        assertThatThrownBy(() -> BeatGridEditor.apply(null, 10, new Scale(Factor.DOUBLE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tap");
    }

    @Test
    void settingTheDownbeatMovesTheFirstDownbeatToThatTimeWithinAMillisecond() {
        double playhead = 1.1234567;
        Tempo moved = BeatGridEditor.apply(HALF_TIME, DURATION, new Downbeat(playhead));

        assertThat(moved.downbeats()[0]).isCloseTo(playhead, within(0.001));
        assertThat(moved.bpm()).isEqualTo(HALF_TIME.bpm());
        assertThat(moved.beats()[1] - moved.beats()[0]).isCloseTo(0.96, within(1e-6));
        assertThat(moved.beats()[0]).isCloseTo(playhead - 0.96, within(1e-6));
    }

    @Test
    void aDownbeatSetLaterInTheTrackRephasesTheBarsBothWays() {
        double playhead = 17.5;
        Tempo moved = BeatGridEditor.apply(HALF_TIME, DURATION, new Downbeat(playhead));
        Tempo varying = BeatGridEditor.apply(VARYING, DURATION, new Downbeat(playhead));

        assertThat(moved.downbeats()).contains(playhead);
        double bar = 4 * 0.96;
        assertThat(moved.downbeats()[0]).isCloseTo(playhead - Math.floor(playhead / bar) * bar, within(1e-6));
        assertThat(varying.downbeats()).contains(playhead);
        assertThat(varying.beats()).hasSameSizeAs(VARYING.beats());
    }

    @Test
    void aShiftMovesTheGridByThatFractionOfABeat() {
        Tempo later = BeatGridEditor.apply(HALF_TIME, DURATION, new Shift(0.25));
        Tempo earlier = BeatGridEditor.apply(later, DURATION, new Shift(-0.25));

        assertThat(later.downbeats()[0]).isCloseTo(HALF_TIME.downbeats()[0] + 0.24, within(1e-6));
        assertThat(earlier.downbeats()[0]).isCloseTo(HALF_TIME.downbeats()[0], within(1e-6));
        Tempo varying = BeatGridEditor.apply(VARYING, DURATION, new Shift(0.5));
        assertThat(varying.beats()[3])
                .isCloseTo(VARYING.beats()[3] + (VARYING.beats()[4] - VARYING.beats()[3]) / 2, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.01, -1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void aShiftOfMoreThanABeatOrNotANumberIsRefused(double beats) {
        assertThatThrownBy(() -> new Shift(beats))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between −1 and 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-120, 0, 12, 301, 10_000, Double.NaN})
    void anImpossibleTappedTempoIsRefused(double bpm) {
        assertThatThrownBy(() -> new Tap(bpm))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 30 and 300 BPM");
    }

    @Test
    void aDownbeatBeforeTheStartOrAfterTheEndIsRefused() {
        assertThatThrownBy(() -> new Downbeat(-0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Downbeat(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeatGridEditor.apply(HALF_TIME, DURATION, new Downbeat(31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past the end");
    }

    @Test
    void anEditThatWouldLeaveTheTempoRangeIsRefused() {
        Tempo fast = BeatGridEditor.grid(0, 60 / 180.0, DURATION, 180, 1);
        Tempo slow = BeatGridEditor.grid(0, 1.5, DURATION, 40, 1);

        assertThatThrownBy(() -> BeatGridEditor.apply(fast, DURATION, new Scale(Factor.DOUBLE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("360.00 BPM");
        assertThatThrownBy(() -> BeatGridEditor.apply(slow, DURATION, new Scale(Factor.HALVE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20.00 BPM");
    }

    @Test
    void editsParseFromTheirWireNames() {
        assertThat(TempoEdit.parse("double", null)).isEqualTo(new Scale(Factor.DOUBLE));
        assertThat(TempoEdit.parse("Three-Halves", null)).isEqualTo(new Scale(Factor.THREE_HALVES));
        assertThat(TempoEdit.parse("tap", 128.0)).isEqualTo(new Tap(128));
        assertThat(TempoEdit.parse("shift", -0.125)).isEqualTo(new Shift(-0.125));
        assertThat(TempoEdit.parse("downbeat", 3.5)).isEqualTo(new Downbeat(3.5));
        assertThatThrownBy(() -> TempoEdit.parse("tap", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> TempoEdit.parse("triple", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one of double");
    }

    private static Tempo varying() {
        double[] beats = new double[48];
        double t = 0.3;
        for (int i = 0; i < beats.length; i++) {
            beats[i] = Math.round(t * 1e6) / 1e6;
            t += 0.5 + 0.002 * i;
        }
        double[] downbeats = java.util.stream.IntStream.iterate(1, i -> i < beats.length, i -> i + 4)
                .mapToDouble(i -> beats[i])
                .toArray();
        return new Tempo(116.4, 0.55, beats, downbeats, false);
    }

    private static int firstDownbeatIndex(Tempo t) {
        return Arrays.binarySearch(t.beats(), t.downbeats()[0]);
    }
}
