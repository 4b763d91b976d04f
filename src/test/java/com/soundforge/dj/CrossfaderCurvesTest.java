package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expected values were printed by {@code frontend/dj/audio/curves.ts} itself (bundled with esbuild, run in Node),
 * so Java and the browser compute the same gains.
 */
class CrossfaderCurvesTest {

    @ParameterizedTest
    @CsvSource({
        "linear, -1, 1, 0",
        "linear, -0.97, 0.985, 0.015000000000000013",
        "linear, -0.5, 0.75, 0.25",
        "linear, 0, 0.5, 0.5",
        "linear, 0.3, 0.35, 0.65",
        "linear, 0.96, 0.020000000000000018, 0.98",
        "linear, 1, 0, 1",
        "power, -1, 1, 0",
        "power, -0.97, 0.9997224302180006, 0.02355976483361017",
        "power, -0.5, 0.9238795325112867, 0.3826834323650898",
        "power, 0, 0.7071067811865476, 0.7071067811865475",
        "power, 0.3, 0.5224985647159489, 0.8526401643540922",
        "power, 0.96, 0.031410759078128396, 0.9995065603657316",
        "power, 1, 6.123233995736766e-17, 1",
        "cut, -1, 1, 0",
        "cut, -0.97, 1, 0.30000000000000027",
        "cut, -0.5, 1, 1",
        "cut, 0, 1, 1",
        "cut, 0.3, 1, 1",
        "cut, 0.96, 0.40000000000000036, 1",
        "cut, 1, 0, 1"
    })
    void crossfaderGainsMatchTheBrowsersCurves(String curve, double position, double a, double b) {
        CrossfaderCurves.SideGains gains = CrossfaderCurves.crossfaderGains(position, curve);
        assertThat(gains.a()).isCloseTo(a, within(1e-12));
        assertThat(gains.b()).isCloseTo(b, within(1e-12));
        assertThat(CrossfaderCurves.channelCrossfaderGain(2, position, curve)).isEqualTo(gains.a());
        assertThat(CrossfaderCurves.channelCrossfaderGain(3, position, curve)).isEqualTo(gains.b());
    }

    @Test
    void faderMasterAndEqGainsMatchTheBrowsers() {
        assertThat(CrossfaderCurves.faderGain(0.5)).isEqualTo(0.25);
        assertThat(CrossfaderCurves.faderGain(1)).isEqualTo(1);
        assertThat(CrossfaderCurves.masterGain(Double.NaN)).isZero();
        assertThat(CrossfaderCurves.eqBandGain(0, false)).isEqualTo(1);
        assertThat(CrossfaderCurves.eqBandGain(-26, false)).isCloseTo(0.05011872336272723, within(1e-15));
        assertThat(CrossfaderCurves.eqBandGain(-40, false)).isCloseTo(0.05011872336272723, within(1e-15));
        assertThat(CrossfaderCurves.eqBandGain(6, false)).isCloseTo(1.9952623149688795, within(1e-15));
        assertThat(CrossfaderCurves.eqBandGain(3, true)).isZero();
        assertThat(CrossfaderCurves.effectiveBpm(120, 8)).isCloseTo(129.6, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({
        "-1, lowpass, 20",
        "-0.5, lowpass, 678.644354379066",
        "-0.01, bypass, 0",
        "0, bypass, 0",
        "0.02, bypass, 0",
        "0.5, highpass, 589.410340510362",
        "1, highpass, 20000"
    })
    void theFilterKnobMatchesTheBrowsers(double value, String type, double frequency) {
        CrossfaderCurves.FilterSetting setting = CrossfaderCurves.filterSetting(value);
        assertThat(setting.type()).isEqualTo(type);
        assertThat(setting.frequencyHz()).isCloseTo(frequency, within(1e-9));
    }
}
