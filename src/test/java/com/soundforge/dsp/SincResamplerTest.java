package com.soundforge.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SincResamplerTest {

    @Test
    void aKilohertzSineFrom44100To48000StaysASineWithinMinus80Decibels() {
        assertThat(errorDb(44_100, 48_000, 1_000)).isLessThan(-80);
    }

    @Test
    void aKilohertzSineFrom48000To44100StaysASineWithinMinus80Decibels() {
        assertThat(errorDb(48_000, 44_100, 1_000)).isLessThan(-80);
    }

    @Test
    void anUnusualRatePairWithTooManyPhasesForATableIsAsAccurate() {
        assertThat(errorDb(44_101, 48_000, 1_000)).isLessThan(-80);
    }

    @Test
    void theOutputDoesNotDependOnHowTheInputIsCut() {
        SincResampler resampler = new SincResampler(44_100, 48_000);
        float[] input = sine(44_100, 1_000, 10_000);
        float[] tail = new float[input.length - 3_000];
        System.arraycopy(input, 3_000, tail, 0, tail.length);
        for (long n = 4_000; n < 6_000; n++) {
            assertThat(resampler.sample(tail, tail.length, 3_000, n))
                    .isEqualTo(resampler.sample(input, input.length, 0, n));
        }
    }

    @Test
    void outputLengthFollowsTheRateRatio() {
        assertThat(new SincResampler(44_100, 48_000).outputFrames(44_100)).isEqualTo(48_000);
        assertThat(new SincResampler(48_000, 44_100).outputFrames(1)).isEqualTo(1);
    }

    private static double errorDb(int inRate, int outRate, double hz) {
        SincResampler resampler = new SincResampler(inRate, outRate);
        float[] input = sine(inRate, hz, inRate);
        long frames = resampler.outputFrames(input.length);
        double error = 0;
        double signal = 0;
        for (long n = outRate / 10; n < frames - outRate / 10; n++) {
            double ideal = 0.5 * Math.sin(2 * Math.PI * hz * n / outRate);
            double diff = resampler.sample(input, input.length, 0, n) - ideal;
            error += diff * diff;
            signal += ideal * ideal;
        }
        return 10 * Math.log10(error / signal);
    }

    private static float[] sine(int rate, double hz, int frames) {
        float[] samples = new float[frames];
        for (int i = 0; i < frames; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return samples;
    }
}
