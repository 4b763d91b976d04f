package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpatialWienerTest {

    private static final int BINS = 64;
    private static final int FRAMES = 40;

    @Test
    void afterTheRefiningStepTheStereoEstimatesStillAddUpToTheMixture() {
        Spectra s = randomSpectra(2, 7);
        float[][] mixRe = {s.re[0].clone(), s.re[1].clone()};
        float[][] mixIm = {s.im[0].clone(), s.im[1].clone()};
        SpatialWiener wiener = new SpatialWiener(new Parallel(null, 1));
        wiener.prepare(s);
        float[][] before = powers(s);
        wiener.refine(s);
        assertThat(powers(s)).as("the refining step moves the source powers").isNotEqualTo(before);
        wiener.solve(s);
        double error = 0;
        double total = 0;
        float[][] sumRe = new float[2][BINS * FRAMES];
        float[][] sumIm = new float[2][BINS * FRAMES];
        float[][] outRe = new float[2][BINS * FRAMES];
        float[][] outIm = new float[2][BINS * FRAMES];
        for (int j = 0; j < Spectra.SOURCES; j++) {
            wiener.filter(s, j, outRe, outIm);
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < BINS * FRAMES; i++) {
                    sumRe[c][i] += outRe[c][i];
                    sumIm[c][i] += outIm[c][i];
                }
            }
        }
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < BINS * FRAMES; i++) {
                double dr = sumRe[c][i] - mixRe[c][i];
                double di = sumIm[c][i] - mixIm[c][i];
                error += dr * dr + di * di;
                total += (double) mixRe[c][i] * mixRe[c][i] + (double) mixIm[c][i] * mixIm[c][i];
            }
        }
        assertThat(error / total).isLessThan(1e-8);
    }

    /** Random stereo spectra and random positive source powers. */
    private static Spectra randomSpectra(int channels, long seed) {
        Random random = new Random(seed);
        Spectra s = new Spectra(channels, BINS, FRAMES);
        s.frames = FRAMES;
        for (int i = 0; i < BINS * FRAMES; i++) {
            float mid = (float) random.nextGaussian();
            for (int c = 0; c < channels; c++) {
                s.re[c][i] = mid + 0.5f * (float) random.nextGaussian();
                s.im[c][i] = 0.3f * mid + 0.5f * (float) random.nextGaussian();
            }
            for (int j = 0; j < Spectra.SOURCES; j++) {
                s.sourcePower[j][i] = 0.01f + (float) random.nextDouble();
            }
        }
        return s;
    }

    private static float[][] powers(Spectra s) {
        float[][] copy = new float[Spectra.SOURCES][];
        for (int j = 0; j < Spectra.SOURCES; j++) {
            copy[j] = java.util.Arrays.copyOf(s.sourcePower[j], BINS * FRAMES);
        }
        return copy;
    }
}
