package com.soundforge.daw.engine;

import static com.soundforge.daw.engine.Clips.RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WsolaStretcherTest {

    private static final int C = WsolaStretcher.chunkFrames(RATE);

    @TempDir
    Path dir;

    @Test
    void theFrameIsTheFirstPowerOfTwoFrom1024CoveringFortyMilliseconds() {
        assertThat(new WsolaStretcher(48_000, 1.1).frameSize()).isEqualTo(2048);
        assertThat(new WsolaStretcher(44_100, 1.1).frameSize()).isEqualTo(2048);
        assertThat(new WsolaStretcher(22_050, 1.1).frameSize()).isEqualTo(1024);
    }

    @Test
    void theStretchedStreamLastsTheSourceDividedByTheRatio() throws IOException {
        StereoStream source = sine(440, 11 * RATE + 123);
        for (double ratio : new double[] {0.25, 0.8, 1.25, 4}) {
            Path file = dir.resolve("s" + ratio + ".f32");
            SourcePreparer.stretch(source, RATE, ratio, file);
            long frames = Files.size(file) / FileStereoStream.BYTES_PER_FRAME;
            assertThat(frames).as("ratio " + ratio).isEqualTo(Math.round((11 * RATE + 123) / ratio));
        }
    }

    @Test
    void chunkKComputedAloneEqualsChunkKComputedAfterChunkKMinusOne() throws IOException {
        StereoStream source = sine(440, 30 * RATE);
        WsolaStretcher sequential = new WsolaStretcher(RATE, 1.3);
        float[][] chunks = new float[4][];
        for (int k = 0; k < 4; k++) {
            chunks[k] = chunk(sequential, source, k);
        }
        for (int k = 3; k >= 0; k--) {
            assertThat(chunk(new WsolaStretcher(RATE, 1.3), source, k))
                    .as("chunk " + k)
                    .isEqualTo(chunks[k]);
        }
        Path file = dir.resolve("whole.f32");
        SourcePreparer.stretch(source, RATE, 1.3, file);
        try (FileStereoStream whole = new FileStereoStream(file)) {
            float[] left = new float[C];
            whole.read(2L * C, left, new float[C], C);
            assertThat(left).isEqualTo(chunks[2]);
        }
    }

    @Test
    void aStretchedSineKeepsItsPitchAndLevelAcrossChunkSeams() {
        for (double ratio : new double[] {0.7, 1.25, 2}) {
            StereoStream source = sine(440, (int) (20 * RATE * ratio));
            WsolaStretcher stretcher = new WsolaStretcher(RATE, ratio);
            float[] out = new float[2 * C];
            System.arraycopy(chunk(stretcher, source, 1), 0, out, 0, C);
            System.arraycopy(chunk(stretcher, source, 2), 0, out, C, C);
            int crossings = 0;
            for (int i = 1; i < out.length; i++) {
                if (out[i - 1] < 0 && out[i] >= 0) {
                    crossings++;
                }
            }
            assertThat(crossings / (2.0 * C / RATE)).as("Hz at ratio " + ratio).isCloseTo(440, within(4.0));
            double rmsAroundSeam = rms(out, C - RATE / 20, C + RATE / 20);
            double rmsAway = rms(out, C / 2, C / 2 + RATE / 10);
            assertThat(20 * Math.log10(rmsAroundSeam / rmsAway))
                    .as("seam at " + ratio)
                    .isCloseTo(0, within(1.0));
            assertThat(rmsAway).isCloseTo(0.5 / Math.sqrt(2), within(0.05));
        }
    }

    @Test
    void pastTheEndThereIsNoChunk() {
        StereoStream source = sine(440, C);
        WsolaStretcher stretcher = new WsolaStretcher(RATE, 2);
        float[] left = new float[C];
        assertThat(stretcher.chunk(source, 0, left, new float[C])).isEqualTo(C / 2);
        assertThat(stretcher.chunk(source, 1, left, new float[C])).isZero();
    }

    private static float[] chunk(WsolaStretcher stretcher, StereoStream source, long k) {
        float[] left = new float[C];
        float[] right = new float[C];
        int frames = stretcher.chunk(source, k, left, right);
        assertThat(Arrays.copyOf(right, frames)).isEqualTo(Arrays.copyOf(left, frames));
        return Arrays.copyOf(left, frames);
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    static StereoStream sine(double hz, int frames) {
        float[] samples = new float[frames];
        for (int i = 0; i < frames; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return new MemoryStereoStream(samples, samples.clone());
    }
}
