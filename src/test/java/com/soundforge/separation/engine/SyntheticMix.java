package com.soundforge.separation.engine;

import java.util.Random;

/**
 * A short synthetic mix with a known answer per stem: a centred pitched "voice" (harmonic tone with vibrato,
 * 220–330 Hz), a chord panned hard left-of-centre (other), a kick-and-hat pattern (drums) and a centred low
 * sine with a few partials (bass). Stems are kept separately so tests can score the separator against them.
 */
final class SyntheticMix {

    static final int RATE = 44_100;
    static final String[] STEMS = {"vocals", "drums", "bass", "other"};

    final float[][][] stems;
    final float[][] mix;
    final int frames;

    SyntheticMix(double seconds) {
        frames = (int) (seconds * RATE);
        stems = new float[4][2][frames];
        Random random = new Random(7);
        for (int n = 0; n < frames; n++) {
            double t = (double) n / RATE;
            int note = (int) (t / 0.5) % 4;
            double f0 = 220
                    * Math.pow(2, new int[] {0, 4, 7, 5}[note] / 12.0)
                    * Math.pow(2, 0.3 / 12 * Math.sin(2 * Math.PI * 5.5 * t));
            double phase = 2 * Math.PI * f0 * t;
            double voice = 0;
            for (int h = 1; h <= 12; h++) {
                voice += Math.sin(h * phase) / h;
            }
            voice *= 0.12;
            stems[0][0][n] = stems[0][1][n] = (float) voice;
            double chord = 0;
            for (double f : new double[] {523.25, 659.25, 783.99}) {
                for (int h = 1; h <= 4; h++) {
                    chord += Math.sin(2 * Math.PI * f * h * t) / (h * h);
                }
            }
            chord *= 0.05;
            stems[3][0][n] = (float) (chord * 0.95);
            stems[3][1][n] = (float) (chord * 0.25);
            double bass = 0.2 * Math.sin(2 * Math.PI * 55 * t) + 0.06 * Math.sin(2 * Math.PI * 110 * t);
            stems[2][0][n] = stems[2][1][n] = (float) bass;
            double beat = t % 0.5;
            double kick = beat < 0.15
                    ? 0.5 * Math.exp(-beat * 30) * Math.sin(2 * Math.PI * (50 + 100 * Math.exp(-beat * 40)) * beat)
                    : 0;
            double hatTime = (t + 0.25) % 0.5;
            double hat = hatTime < 0.04 ? 0.15 * Math.exp(-hatTime * 150) * (random.nextDouble() * 2 - 1) : 0;
            stems[1][0][n] = (float) (kick + hat * 0.7);
            stems[1][1][n] = (float) (kick + hat * 1.0);
        }
        mix = new float[2][frames];
        for (float[][] stem : stems) {
            for (int c = 0; c < 2; c++) {
                for (int n = 0; n < frames; n++) {
                    mix[c][n] += stem[c][n];
                }
            }
        }
    }

    /** Runs the separator over {@code input} in blocks and collects every stem. */
    static float[][][] separate(StemLayout layout, float[][] input, int rate, int frames) {
        StemSeparator separator = new StemSeparator(layout, rate, input.length, SeparatorTuning.defaults(), null, 1);
        float[][][] out = new float[layout.count()][Math.min(2, input.length)][frames];
        int[] written = {0};
        StemSink sink = (stems, count) -> {
            for (int s = 0; s < stems.length; s++) {
                for (int c = 0; c < stems[s].length; c++) {
                    System.arraycopy(stems[s][c], 0, out[s][c], written[0], count);
                }
            }
            written[0] += count;
        };
        int block = 10_000;
        float[][] buffer = new float[input.length][block];
        for (int at = 0; at < frames; at += block) {
            int count = Math.min(block, frames - at);
            for (int c = 0; c < input.length; c++) {
                System.arraycopy(input[c], at, buffer[c], 0, count);
            }
            separator.process(buffer, count, sink);
        }
        separator.finish(sink);
        if (written[0] != frames) {
            throw new AssertionError("wrote " + written[0] + " frames of " + frames);
        }
        return out;
    }

    /** Global SDR in dB of an estimate against a reference (both channels). */
    static double sdr(float[][] reference, float[][] estimate) {
        double signal = 1e-12, error = 1e-12;
        for (int c = 0; c < reference.length; c++) {
            for (int n = 0; n < reference[c].length; n++) {
                signal += reference[c][n] * (double) reference[c][n];
                double d = reference[c][n] - estimate[Math.min(c, estimate.length - 1)][n];
                error += d * d;
            }
        }
        return 10 * Math.log10(signal / error);
    }
}
