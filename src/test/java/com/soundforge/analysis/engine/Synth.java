package com.soundforge.analysis.engine;

import com.soundforge.audio.PcmStream;
import com.soundforge.audio.StreamInfo;
import com.soundforge.audio.WavWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;

/** Synthetic test signals with known answers, as streams (no file, any length) or WAV files. */
final class Synth {

    /** One sample of a signal: channel and frame index to a value in [-1, 1]. */
    @FunctionalInterface
    interface Signal {
        double sample(int channel, long frame);
    }

    private Synth() {}

    /** A stream computed block by block, so even hours of audio take no memory. */
    static PcmStream stream(int rate, int channels, long frames, Signal signal) {
        return new PcmStream() {
            long position;

            @Override
            public StreamInfo info() {
                return new StreamInfo("synthetic", "test signal", rate, channels, frames);
            }

            @Override
            public int read(float[][] planar, int maxFrames) {
                if (position >= frames) {
                    return -1;
                }
                int n = (int) Math.min(maxFrames, frames - position);
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < channels; c++) {
                        planar[c][i] = (float) signal.sample(c, position + i);
                    }
                }
                position += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    static Path wav(Path file, int rate, int channels, long frames, Signal signal) {
        try (WavWriter w = new WavWriter(file, rate, channels)) {
            float[][] block = new float[channels][4096];
            for (long at = 0; at < frames; at += 4096) {
                int n = (int) Math.min(4096, frames - at);
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < channels; c++) {
                        block[c][i] = (float) signal.sample(c, at + i);
                    }
                }
                w.write(block, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Signal silence() {
        return (c, f) -> 0;
    }

    static Signal whiteNoise(double amplitude, long seed) {
        Random random = new Random(seed);
        return (c, f) -> amplitude * (2 * random.nextDouble() - 1);
    }

    static Signal sine(int rate, double hz, double amplitude, double phase) {
        return (c, f) -> amplitude * Math.sin(2 * Math.PI * hz * f / rate + phase);
    }

    /**
     * A drum groove in 4/4: kick on beats 1 and 3, snare on 2 and 4, closed hats on 8ths (or 16ths), and a bass
     * tone on the root of a chord that changes every bar (so bars and downbeats are audible). The first downbeat
     * is at {@code offset} seconds; the tempo may change once at {@code changeAt} seconds to {@code bpm2}.
     */
    static final class Groove implements Signal {
        final int rate;
        final double bpm;
        final double offset;
        final boolean sixteenthHats;
        double changeAt = Double.MAX_VALUE;
        double bpm2;
        boolean offbeatBass;
        boolean offbeatKicks;
        private final float[] noise;

        Groove(int rate, double bpm, double offset, boolean sixteenthHats) {
            this.rate = rate;
            this.bpm = bpm;
            this.offset = offset;
            this.sixteenthHats = sixteenthHats;
            Random random = new Random(42);
            noise = new float[rate];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (float) (2 * random.nextDouble() - 1);
            }
        }

        Groove changingTo(double newBpm, double atSeconds) {
            this.bpm2 = newBpm;
            this.changeAt = atSeconds;
            return this;
        }

        /** A plucked bass note on every off-beat eighth (the house bass line) instead of a held root. */
        Groove withOffbeatBass() {
            this.offbeatBass = true;
            return this;
        }

        /** Kicks on the off-beat eighths after beats 1 to 3 as well, as in a busy hip-hop groove. */
        Groove withOffbeatKicks() {
            this.offbeatKicks = true;
            return this;
        }

        /** Beat position (in beats since the first downbeat) at time t. */
        double beatAt(double t) {
            if (t <= changeAt) {
                return (t - offset) * bpm / 60;
            }
            return (changeAt - offset) * bpm / 60 + (t - changeAt) * bpm2 / 60;
        }

        /** Time of beat k (k = 0 is the first downbeat). */
        double timeOf(double k) {
            double kChange = (changeAt - offset) * bpm / 60;
            return k <= kChange ? offset + k * 60 / bpm : changeAt + (k - kChange) * 60 / bpm2;
        }

        @Override
        public double sample(int channel, long frame) {
            double t = frame / (double) rate;
            double beat = beatAt(t);
            if (beat < 0) {
                return 0;
            }
            int k = (int) Math.floor(beat);
            double since = t - timeOf(k);
            double v = 0;
            int inBar = k % 4;
            if (inBar == 0 || inBar == 2) {
                double f = 50 + 60 * Math.exp(-since * 40);
                v += 0.6 * Math.exp(-since * 12) * Math.sin(2 * Math.PI * f * since);
            } else {
                v += 0.35
                        * Math.exp(-since * 25)
                        * (noise[(int) (frame % noise.length)] + 0.8 * Math.sin(2 * Math.PI * 190 * since));
            }
            if (offbeatKicks && inBar != 3 && beat - k >= 0.5) {
                double sinceKick = t - timeOf(k + 0.5);
                double f = 50 + 60 * Math.exp(-sinceKick * 40);
                v += 0.6 * Math.exp(-sinceKick * 12) * Math.sin(2 * Math.PI * f * sinceKick);
            }
            double sub = sixteenthHats ? 4 : 2;
            double s = beat * sub;
            double sinceHat = (s - Math.floor(s)) * 60 / bpmAt(t) / sub;
            v += 0.08 * Math.exp(-sinceHat * 120) * highPassed(frame);
            int bar = k / 4;
            double[] roots = {0, 5, 7, 0};
            double hz = 55 * Math.pow(2, roots[bar % 4] / 12.0);
            if (!offbeatBass) {
                v += 0.12 * Math.sin(2 * Math.PI * hz * t);
            } else if (beat - k >= 0.5) {
                double sinceBass = t - timeOf(k + 0.5);
                v += 0.5 * Math.exp(-sinceBass * 10) * Math.sin(2 * Math.PI * 2 * hz * sinceBass);
            }
            return Math.max(-1, Math.min(1, 0.8 * v));
        }

        private double bpmAt(double t) {
            return t > changeAt ? bpm2 : bpm;
        }

        private double highPassed(long frame) {
            int i = (int) (frame % noise.length);
            return noise[i] - noise[(i + noise.length - 1) % noise.length];
        }
    }

    /**
     * A chord progression of harmonic tones (triads with 6 harmonics each, plus the root an octave lower), each
     * chord {@code secondsPerChord} long. Chords are given as pitch classes of root, third and fifth.
     */
    static Signal chords(int rate, double secondsPerChord, int[][] chords) {
        return (c, f) -> {
            double t = f / (double) rate;
            int index = (int) (t / secondsPerChord) % chords.length;
            double since = t - Math.floor(t / secondsPerChord) * secondsPerChord;
            double envelope = Math.min(1, since * 50) * Math.exp(-since * 0.8);
            double v = 0;
            int[] chord = chords[index];
            for (int n = 0; n < chord.length; n++) {
                double hz = 261.63 * Math.pow(2, chord[n] / 12.0);
                for (int h = 1; h <= 6; h++) {
                    v += 0.5 / h * Math.sin(2 * Math.PI * hz * h * t);
                }
            }
            double bass = 65.41 * Math.pow(2, chord[0] / 12.0);
            for (int h = 1; h <= 4; h++) {
                v += 0.6 / h * Math.sin(2 * Math.PI * bass * h * t);
            }
            return 0.08 * envelope * v;
        };
    }
}
