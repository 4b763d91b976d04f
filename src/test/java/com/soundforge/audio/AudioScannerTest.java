package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.audio.AudioDecodeException.Reason;
import com.soundforge.audio.TestAudio.WavEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioScannerTest {

    @TempDir
    Path dir;

    @Test
    void scanReportsLengthPeakWaveformAndTags() throws Exception {
        Path wav = TestAudio.wav(
                dir.resolve("upload"), WavEncoding.PCM_24, 48000, 2, 120_000, TestAudio.sine(48000, 440, 0.75));

        ScanResult result = AudioScanner.scan(wav, "Artist - Song.wav");

        assertThat(result.info().codec()).isEqualTo("wav");
        assertThat(result.totalFrames()).isEqualTo(120_000);
        assertThat(result.durationMs()).isEqualTo(2500);
        assertThat(result.peakAmplitude()).isCloseTo(0.75f, within(0.001f));
        assertThat(result.tags()).isEqualTo(new Tags("Song", "Artist", null));
        assertThat(result.waveform()).extracting(WaveformLevel::peakCount).containsExactly(469, 118, 30, 8);
        assertThat(result.waveform().getFirst().max(10)).isEqualTo((byte) Math.round(0.75 * 127));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tone-mono-44k.flac, flac, 1000",
        "tone-stereo-44k.mp3, mp3, 1000",
        "tone-stereo-44k.ogg, ogg-vorbis, 1000",
        "tone-stereo-48k-24bit.flac, flac, 250"
    })
    void scansEveryCompressedFormat(String fixture, String codec, long durationMs) throws Exception {
        ScanResult result = AudioScanner.scan(TestAudio.resource(fixture), fixture);

        assertThat(result.info().codec()).isEqualTo(codec);
        assertThat(result.durationMs()).isEqualTo(durationMs);
        assertThat(result.peakAmplitude()).isCloseTo(0.5f, within(0.025f));
    }

    @Test
    void fileWithoutAnyFramesIsCorrupt() throws Exception {
        Path wav = TestAudio.wav(dir.resolve("silent.wav"), WavEncoding.PCM_16, 44100, 2, 0, TestAudio.sine(1, 1, 1));

        AudioDecodeException e = catchThrowableOfType(AudioDecodeException.class, () -> AudioScanner.scan(wav, null));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("contains no audio frames");
    }

    @Test
    @Timeout(30)
    void scanStreamsAVeryLargeWavWithoutHoldingItInMemory() throws Exception {
        long frames = 50_000_000;
        Path wav = TestAudio.wav(
                dir.resolve("long.wav"), WavEncoding.PCM_16, 44100, 2, frames, TestAudio.cheapSine(100, 0.5));
        assertThat(Files.size(wav)).isGreaterThan(199_000_000L);
        long start = System.nanoTime();

        ScanResult result = AudioScanner.scan(wav, "long.wav");

        assertThat(result.totalFrames()).isEqualTo(frames);
        assertThat(result.waveform().getFirst().peakCount()).isEqualTo((int) ((frames + 255) / 256));
        assertThat(result.waveform().getLast().peakCount()).isEqualTo((int) ((frames + 16383) / 16384));
        System.out.println("Scanned " + Files.size(wav) / 1_000_000 + " MB in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }
}
