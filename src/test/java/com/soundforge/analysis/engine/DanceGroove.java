package com.soundforge.analysis.engine;

import java.util.Random;

/**
 * Drum patterns of dance music played on kits of different timbre, rendered once into a buffer: the metrical level
 * must not depend on which instrument plays the kick and the snare.
 */
final class DanceGroove implements Synth.Signal {

    /** Sixteen steps a bar: kick, snare (or clap) and hat steps, and whether the hat steps are open hats. */
    enum Pattern {
        /** House: a kick on every beat, a clap on 2 and 4, open hats on the off-beats. */
        FOUR_ON_THE_FLOOR(new int[] {0, 4, 8, 12}, new int[] {4, 12}, new int[] {2, 6, 10, 14}, true),
        /** Pop and rock: kick on 1 and 3 (and 3-and), snare on 2 and 4, closed eighth hats. */
        BACKBEAT(new int[] {0, 8, 10}, new int[] {4, 12}, new int[] {0, 2, 4, 6, 8, 10, 12, 14}, false),
        /** Drum and bass two-step: a kick on 1 and 3-and, snare on 2 and 4, eighth hats. */
        TWO_STEP(new int[] {0, 10}, new int[] {4, 12}, new int[] {0, 2, 4, 6, 8, 10, 12, 14}, false),
        /** Hip-hop at a slow tempo: a syncopated kick, snare on 2 and 4, sixteenth hats. */
        HIP_HOP(new int[] {0, 3, 10}, new int[] {4, 12}, range16(), false);

        final int[] kicks;
        final int[] snares;
        final int[] hats;
        final boolean openHats;

        Pattern(int[] kicks, int[] snares, int[] hats, boolean openHats) {
            this.kicks = kicks;
            this.snares = snares;
            this.hats = hats;
            this.openHats = openHats;
        }

        private static int[] range16() {
            int[] steps = new int[16];
            for (int i = 0; i < 16; i++) {
                steps[i] = i;
            }
            return steps;
        }
    }

    /** Three kits that put their energy in different places. */
    enum Kit {
        /** A pitched-down sine kick, a noisy snare with a body tone, bright hats. */
        ACOUSTIC,
        /** FM drums: a kick with strong mid harmonics and a click, a thin high snare, metallic hats. */
        FM,
        /** A long sub kick with no click, a clap of three noise bursts, short hats. */
        BOOM
    }

    private final float[] buffer;
    final double bpm;
    final double offset;

    DanceGroove(int rate, double bpm, double offset, double seconds, Pattern pattern, Kit kit) {
        this.bpm = bpm;
        this.offset = offset;
        buffer = new float[(int) (seconds * rate)];
        Random random = new Random(7);
        float[] noise = new float[rate];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (2 * random.nextDouble() - 1);
        }
        float[] kick = kick(kit, rate, noise);
        float[] snare = snare(kit, rate, noise);
        float[] hat = hat(kit, rate, noise, pattern.openHats);
        double step = 60 / bpm / 4;
        for (int s = 0; offset + s * step < seconds; s++) {
            int inBar = s % 16;
            int at = (int) Math.round((offset + s * step) * rate);
            if (contains(pattern.kicks, inBar)) {
                add(kick, at, 1.0);
            }
            if (contains(pattern.snares, inBar)) {
                add(snare, at, 0.9);
            }
            if (contains(pattern.hats, inBar)) {
                add(hat, at, inBar % 4 == 0 ? 0.5 : 0.4);
            }
        }
        float peak = 0;
        for (float v : buffer) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] *= 0.8f / peak;
        }
    }

    @Override
    public double sample(int channel, long frame) {
        return frame < buffer.length ? buffer[(int) frame] : 0;
    }

    /** Beat position (in beats since the first downbeat) at time t. */
    double beatAt(double t) {
        return (t - offset) * bpm / 60;
    }

    private void add(float[] sound, int at, double gain) {
        for (int i = 0; i < sound.length && at + i < buffer.length; i++) {
            buffer[at + i] += (float) (gain * sound[i]);
        }
    }

    private static boolean contains(int[] steps, int step) {
        for (int s : steps) {
            if (s == step) {
                return true;
            }
        }
        return false;
    }

    private static float[] kick(Kit kit, int rate, float[] noise) {
        float[] out = new float[rate / 2];
        double phase = 0;
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) rate;
            switch (kit) {
                case ACOUSTIC -> {
                    phase += 2 * Math.PI * (50 + 60 * Math.exp(-t * 40)) / rate;
                    out[i] = (float) (Math.exp(-t * 12) * Math.sin(phase));
                }
                case FM -> {
                    phase += 2 * Math.PI * (55 + 100 * Math.exp(-t * 30)) / rate;
                    double index = 6 * Math.exp(-t * 15);
                    double click = i < rate / 500 ? noise[i] : 0;
                    out[i] = (float) (Math.exp(-t * 9) * Math.sin(phase + index * Math.sin(3.7 * phase)) + 0.6 * click);
                }
                case BOOM -> {
                    phase += 2 * Math.PI * (48 + 12 * Math.exp(-t * 20)) / rate;
                    out[i] = (float) (Math.exp(-t * 4) * Math.sin(phase));
                }
            }
        }
        return out;
    }

    private static float[] snare(Kit kit, int rate, float[] noise) {
        float[] out = new float[rate / 4];
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) rate;
            double n = noise[i % noise.length];
            double hp = n - noise[(i + noise.length - 1) % noise.length];
            out[i] = (float)
                    switch (kit) {
                        case ACOUSTIC -> Math.exp(-t * 25) * (0.6 * n + 0.5 * Math.sin(2 * Math.PI * 190 * t));
                        case FM -> 0.45 * Math.exp(-t * 30) * (hp - (noise[(i + 2) % noise.length] - n) * 0.5);
                        case BOOM -> {
                            double burst = 0;
                            for (double start : new double[] {0, 0.011, 0.022}) {
                                if (t >= start) {
                                    burst += Math.exp(-(t - start) * (start < 0.02 ? 120 : 18));
                                }
                            }
                            yield 0.5 * burst * hp;
                        }
                    };
        }
        return out;
    }

    private static float[] hat(Kit kit, int rate, float[] noise, boolean open) {
        float[] out = new float[rate / 4];
        double decay = open ? 18 : kit == Kit.BOOM ? 160 : 90;
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) rate;
            double hp = noise[i % noise.length] - noise[(i + noise.length - 1) % noise.length];
            double metal = kit == Kit.FM
                    ? Math.signum(Math.sin(2 * Math.PI * 7100 * t) + Math.sin(2 * Math.PI * 5300 * t))
                    : 0;
            out[i] = (float) (0.3 * Math.exp(-t * decay) * (hp + 0.5 * metal));
        }
        return out;
    }
}
