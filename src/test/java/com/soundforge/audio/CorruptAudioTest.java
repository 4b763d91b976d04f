package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.soundforge.audio.AudioDecodeException.Reason;
import com.soundforge.audio.TestAudio.WavEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorruptAudioTest {

    @TempDir
    Path dir;

    @Test
    void wavCutInHalfWithItsHeaderUnchangedIsCorrupt() throws Exception {
        Path wav = TestAudio.wav(
                dir.resolve("t.wav"), WavEncoding.PCM_16, 44100, 2, 44100, TestAudio.sine(44100, 440, 0.5));
        long half = Files.size(wav) / 2;
        long framesLeft = (half - 44) / 4;

        AudioDecodeException e = decodeFailure(truncate(wav, half));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage())
                .isEqualTo("The audio data is truncated or corrupt: expected 44100 frames, got " + framesLeft + ".");
    }

    @Test
    void aiffCutShortIsCorrupt() throws Exception {
        Path aiff = TestAudio.aiff(dir.resolve("t.aif"), 24, 48000, 2, 4800, TestAudio.sine(48000, 440, 0.5));

        AudioDecodeException e = decodeFailure(truncate(aiff, Files.size(aiff) - 600));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("expected 4800 frames, got 4700");
    }

    @Test
    void flacCutShortIsCorrupt() throws Exception {
        Path flac = TestAudio.resource("tone-mono-44k.flac");

        AudioDecodeException e = decodeFailure(truncate(flac, Files.size(flac) * 2 / 3));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).startsWith("The audio data is truncated or corrupt: expected 44100 frames, got ");
    }

    @Test
    void lameMp3CutShortIsCorruptBecauseItsHeaderDeclaresTheLength() throws Exception {
        Path mp3 = TestAudio.resource("tone-stereo-44k.mp3");

        AudioDecodeException e = decodeFailure(truncate(mp3, Files.size(mp3) / 2));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("expected 44100 frames");
    }

    @Test
    void oggVorbisWithoutItsLastPageIsCorrupt() throws Exception {
        Path ogg = TestAudio.resource("tone-stereo-44k.ogg");

        AudioDecodeException e = decodeFailure(truncate(ogg, Files.size(ogg) - 500));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void flacHeaderFollowedByGarbageIsCorrupt() throws Exception {
        byte[] flac = Files.readAllBytes(TestAudio.resource("tone-mono-44k.flac"));
        byte[] damaged = withNoise(Arrays.copyOf(flac, 300), 20_000, 1);

        AudioDecodeException e = decodeFailure(Files.write(dir.resolve("x.flac"), damaged));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void mp3FramesFollowedByGarbageFailCleanlyOrDecodeShorter() throws Exception {
        byte[] mp3 = Files.readAllBytes(TestAudio.resource("tone-mono-22k-noinfo.mp3"));
        Path damaged = Files.write(dir.resolve("x.mp3"), withNoise(Arrays.copyOf(mp3, 1500), 100_000, 2));

        try {
            assertThat(Decoded.of(damaged).frames()).isLessThan(22050 * 10);
        } catch (AudioDecodeException e) {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "tone-mono-44k.flac",
                "tone-stereo-48k-24bit.flac",
                "tone-stereo-44k.mp3",
                "tone-mono-22k-noinfo.mp3",
                "tone-stereo-44k.ogg"
            })
    void randomlyDamagedFilesNeverEscapeAsRuntimeExceptions(String fixture) throws Exception {
        byte[] original = Files.readAllBytes(TestAudio.resource(fixture));
        Random random = new Random(fixture.hashCode());
        for (int round = 0; round < 40; round++) {
            byte[] damaged = original.clone();
            int from = 64 + random.nextInt(damaged.length - 64);
            for (int i = 0; i < 1 + random.nextInt(32); i++) {
                damaged[Math.min(damaged.length - 1, from + i)] = (byte) random.nextInt();
            }
            Path file = Files.write(dir.resolve("damaged-" + round), damaged);
            try {
                Decoded.of(file);
            } catch (AudioDecodeException e) {
                assertThat(e.reason()).isIn(Reason.CORRUPT, Reason.NOT_AUDIO, Reason.UNSUPPORTED_CODEC);
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    private static byte[] withNoise(byte[] start, int noiseBytes, long seed) {
        byte[] result = Arrays.copyOf(start, start.length + noiseBytes);
        byte[] noise = new byte[noiseBytes];
        new Random(seed).nextBytes(noise);
        System.arraycopy(noise, 0, result, start.length, noiseBytes);
        return result;
    }

    private Path truncate(Path file, long length) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(dir.resolve("cut-" + file.getFileName()), Arrays.copyOf(bytes, (int) length));
    }

    private static AudioDecodeException decodeFailure(Path file) {
        return catchThrowableOfType(AudioDecodeException.class, () -> Decoded.of(file));
    }
}
