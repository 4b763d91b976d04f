package com.soundforge.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.Loudness;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoudnessAnalyzerTest {

    private static Loudness measure(int rate, int channels, double seconds, Synth.Signal signal) {
        Loudness loudness = measureOrNull(rate, channels, seconds, signal);
        assertThat(loudness).isNotNull();
        return loudness;
    }

    private static @Nullable Loudness measureOrNull(int rate, int channels, double seconds, Synth.Signal signal) {
        LoudnessAnalyzer analyzer = new LoudnessAnalyzer();
        long frames = (long) (seconds * rate);
        analyzer.start(rate, channels, frames);
        float[][] block = new float[channels][4096];
        for (long at = 0; at < frames; at += 4096) {
            int n = (int) Math.min(4096, frames - at);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    block[c][i] = (float) signal.sample(c, at + i);
                }
            }
            analyzer.process(block, n);
        }
        return analyzer.finish();
    }

    private static double db(double dbfs) {
        return Math.pow(10, dbfs / 20);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000, 96000})
    void readsAStereoSineAtMinus23DbfsAsMinus23Lufs(int rate) {
        Loudness l = measure(rate, 2, 10, Synth.sine(rate, 1000, db(-23), 0));
        assertThat(l.integratedLufs()).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void readsAMonoSineAtMinus20DbfsAsMinus23Lufs() {
        // BS.1770: one channel of mean square A²/2, K-weighting ≈ +0.69 dB at 1 kHz, offset -0.691
        Loudness l = measure(44100, 1, 10, Synth.sine(44100, 1000, db(-20), 0));
        assertThat(l.integratedLufs()).isCloseTo(-23.0, within(0.1));
        assertThat(l.samplePeakDbfs()).isCloseTo(-20.0, within(0.05));
        assertThat(l.rmsDbfs()).isCloseTo(-23.01, within(0.05));
    }

    @Test
    void findsATruePeakBetweenTheSamples() {
        // a quarter-rate sine sampled at ±45°: every sample is at 0.707 of the true peak (-3 dB)
        int rate = 48000;
        Loudness l = measure(rate, 1, 2, Synth.sine(rate, rate / 4.0, db(-6), Math.PI / 4));
        assertThat(l.samplePeakDbfs()).isCloseTo(-9.0, within(0.1));
        assertThat(l.truePeakDbtp()).isCloseTo(-6.0, within(0.3));
        assertThat(l.truePeakDbtp()).isGreaterThan(l.samplePeakDbfs() + 2.5);
    }

    @Test
    void measuresTheLoudnessRangeOfTwoLevels() {
        int rate = 44100;
        Synth.Signal loud = Synth.sine(rate, 1000, db(-20), 0);
        Synth.Signal quiet = Synth.sine(rate, 1000, db(-30), 0);
        Loudness l = measure(rate, 1, 40, (c, f) -> f < 20L * rate ? loud.sample(c, f) : quiet.sample(c, f));
        assertThat(l.rangeLu()).isCloseTo(10.0, within(0.5));
        assertThat(l.energyDb()).isNotEmpty();
        assertThat(l.energyHopSeconds()).isEqualTo(0.1);
    }

    @Test
    void weightsSurroundChannelsAndIgnoresTheLfe() {
        int rate = 48000;
        Synth.Signal sine = Synth.sine(rate, 1000, db(-23), 0);
        Loudness lfeOnly = measure(rate, 6, 5, (c, f) -> c == 3 ? sine.sample(c, f) : 0);
        assertThat(lfeOnly.integratedLufs()).isNull();
        Loudness surround = measure(rate, 6, 5, (c, f) -> c == 4 ? sine.sample(c, f) : 0);
        assertThat(surround.integratedLufs()).isCloseTo(-26.01 + 1.49, within(0.1));
    }

    @Test
    void isNullForDigitalSilence() {
        assertThat(measureOrNull(44100, 2, 3, Synth.silence())).isNull();
    }
}
