package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaveformBuilderTest {

    @ParameterizedTest(name = "{0} frames")
    @ValueSource(ints = {1, 255, 256, 257, 16384, 100_000})
    void everyLevelHasOnePeakPerStartedBucket(int frames) {
        WaveformBuilder builder = new WaveformBuilder();
        feed(builder, TestAudio.sine(44100, 440, 0.5), 1, frames, 3000);

        List<WaveformLevel> levels = builder.finish();

        assertThat(levels).extracting(WaveformLevel::framesPerPeak).containsExactly(256, 1024, 4096, 16384);
        for (WaveformLevel level : levels) {
            int expected = (frames + level.framesPerPeak() - 1) / level.framesPerPeak();
            assertThat(level.peakCount()).isEqualTo(expected);
            assertThat(level.peaks()).hasSize(2 * expected);
        }
    }

    @Test
    void fullScaleSquareWaveGivesPlusAndMinus127() {
        WaveformBuilder builder = new WaveformBuilder(List.of(100));
        feed(builder, TestAudio.square(50), 2, 1000, 333);

        WaveformLevel level = builder.finish().getFirst();

        for (int peak = 0; peak < level.peakCount(); peak++) {
            assertThat(level.min(peak)).isEqualTo((byte) -127);
            assertThat(level.max(peak)).isEqualTo((byte) 127);
        }
        assertThat(builder.peakAmplitude()).isEqualTo(1f);
    }

    @Test
    void peaksTakeTheExtremesOfAnyChannel() {
        WaveformBuilder builder = new WaveformBuilder(List.of(4));
        builder.accept(new float[][] {{0.5f, 0.1f, 0f, 0f}, {0f, -0.25f, 0f, 0f}}, 4);

        WaveformLevel level = builder.finish().getFirst();

        assertThat(level.peaks()).containsExactly((byte) -32, (byte) 64);
        assertThat(builder.peakAmplitude()).isEqualTo(0.5f);
    }

    @Test
    void blockSizeDoesNotChangeTheResult() {
        WaveformBuilder oneBlock = new WaveformBuilder();
        WaveformBuilder smallBlocks = new WaveformBuilder();
        TestAudio.Signal signal = TestAudio.sine(8000, 97, 0.7);

        feed(oneBlock, signal, 2, 50_000, 50_000);
        feed(smallBlocks, signal, 2, 50_000, 61);

        List<WaveformLevel> expected = oneBlock.finish();
        List<WaveformLevel> actual = smallBlocks.finish();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).peaks()).isEqualTo(expected.get(i).peaks());
        }
    }

    private static void feed(WaveformBuilder builder, TestAudio.Signal signal, int channels, int frames, int block) {
        float[][] planar = new float[channels][block];
        for (int start = 0; start < frames; start += block) {
            int n = Math.min(block, frames - start);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    planar[c][i] = (float) signal.sample(c, start + i);
                }
            }
            builder.accept(planar, n);
        }
    }
}
