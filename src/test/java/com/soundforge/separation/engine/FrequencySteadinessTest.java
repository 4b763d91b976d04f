package com.soundforge.separation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.dsp.Stft;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrequencySteadinessTest {

    private static final int RATE = 44_100;
    private static final Stft STFT = new Stft(4096, 4096 / 4);

    @Test
    void aLoudPartialInShortNotesIsSteadyAndNoiseIsNot() {
        // 441 Hz in notes of 0.15 s with 0.15 s gaps over a faint noise floor: the frames of a gap carry the
        // noise's random phase advances, which must not count as much as the note's
        Random random = new Random(11);
        float[][] signal = new float[2][2 * RATE];
        for (int n = 0; n < signal[0].length; n++) {
            double t = (double) n / RATE;
            double note = t % 0.3 < 0.15 ? 0.3 * Math.sin(2 * Math.PI * 441 * t) : 0;
            for (int c = 0; c < 2; c++) {
                signal[c][n] = (float) (note + 1e-3 * (random.nextDouble() * 2 - 1));
            }
        }
        Spectra s = spectra(signal);
        FrequencySteadiness.compute(s, new Parallel(null, 1));
        int noteBin = Math.round(441f * 4096 / RATE);
        double noteSteady = 0;
        double noiseSteady = 0;
        int counted = 0;
        for (int t = 6; t < s.frames - 6; t++) {
            double start = t * STFT.hop() / (double) RATE;
            // frames whose window centre lies inside a note
            double centre = start + 2048.0 / RATE;
            if (centre % 0.3 < 0.15) {
                noteSteady += s.steady[t * s.bins + noteBin];
                noiseSteady += s.steady[t * s.bins + 1500];
                counted++;
            }
        }
        assertThat(counted).isGreaterThan(20);
        // with every frame's advance counted alike the note scores about 0.39
        assertThat(noteSteady / counted).as("steadiness of the note's partial").isGreaterThan(0.9);
        assertThat(noiseSteady / counted).as("steadiness of a noise bin").isLessThan(0.2);
    }

    private static Spectra spectra(float[][] signal) {
        int frames = STFT.frames(signal[0].length);
        Spectra s = new Spectra(2, STFT.bins(), frames);
        s.frames = frames;
        for (int c = 0; c < 2; c++) {
            STFT.forward(signal[c], 0, frames, s.re[c], s.im[c], new float[STFT.size()]);
        }
        return s;
    }
}
