package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.audio.TestAudio.WavEncoding;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AudioDecoderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(WavEncoding.class)
    void wavDecodesEveryEncodingWithRateChannelsLengthPitchAndLevelIntact(WavEncoding encoding) throws Exception {
        Path file = TestAudio.wav(dir.resolve("tone.wav"), encoding, 44100, 2, 44100, TestAudio.sine(44100, 440, 0.5));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.info().codec()).isEqualTo("wav");
        assertThat(decoded.info().codecDetail()).endsWith(encoding.bits + "-bit");
        assertThat(decoded.info().sampleRateHz()).isEqualTo(44100);
        assertThat(decoded.info().channels()).isEqualTo(2);
        assertThat(decoded.info().declaredFrames()).isEqualTo(44100);
        assertThat(decoded.frames()).isEqualTo(44100);
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.025f));
        assertThat(decoded.frequency(0)).isCloseTo(440, within(2.0));
        assertThat(decoded.frequency(1)).isCloseTo(660, within(3.0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = WavEncoding.class,
            names = {"PCM_16", "PCM_24", "PCM_32", "FLOAT_32", "FLOAT_64"})
    void extensibleWavWithPcmOrFloatSubFormatDecodes(WavEncoding encoding) throws Exception {
        Path file =
                TestAudio.wav(dir.resolve("ext.wav"), encoding, true, 48000, 2, 4800, TestAudio.sine(48000, 1000, 0.8));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.frames()).isEqualTo(4800);
        assertThat(decoded.info().codecDetail()).startsWith(encoding.tag == 3 ? "IEEE float" : "PCM");
        assertThat(decoded.peak(0)).isCloseTo(0.8f, within(0.02f));
        assertThat(decoded.frequency(0)).isCloseTo(1000, within(5.0));
    }

    @ParameterizedTest(name = "{1} channels at {0} Hz")
    @CsvSource({"8000, 1", "8000, 6", "44100, 1", "44100, 6", "96000, 2", "192000, 1", "192000, 6"})
    void anyChannelCountAndSampleRateDecodes(int rate, int channels) throws Exception {
        Path file = TestAudio.wav(
                dir.resolve("tone.wav"), WavEncoding.PCM_24, rate, channels, rate / 2, TestAudio.sine(rate, 200, 0.9));

        Decoded decoded = Decoded.of(file, 777);

        assertThat(decoded.info().sampleRateHz()).isEqualTo(rate);
        assertThat(decoded.info().channels()).isEqualTo(channels);
        assertThat(decoded.frames()).isEqualTo(rate / 2);
        for (int channel = 0; channel < channels; channel++) {
            assertThat(decoded.peak(channel)).isCloseTo(0.9f, within(0.02f));
            assertThat(decoded.frequency(channel)).isCloseTo(200 * (1 + 0.5 * channel), within(3.0));
        }
    }

    @ParameterizedTest(name = "{0}-bit")
    @CsvSource({"8", "16", "24", "32"})
    void aiffDecodesBigEndianPcm(int bits) throws Exception {
        Path file = TestAudio.aiff(dir.resolve("tone.aif"), bits, 44100, 2, 22050, TestAudio.sine(44100, 440, 0.5));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.info().codec()).isEqualTo("aiff");
        assertThat(decoded.info().codecDetail()).isEqualTo("PCM " + bits + "-bit");
        assertThat(decoded.info().sampleRateHz()).isEqualTo(44100);
        assertThat(decoded.frames()).isEqualTo(22050);
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.025f));
        assertThat(decoded.frequency(1)).isCloseTo(660, within(3.0));
    }

    @Test
    void aiffKeepsOddSampleRatesLike11025() throws Exception {
        Path file = TestAudio.aiff(dir.resolve("tone.aiff"), 16, 11025, 1, 11025, TestAudio.sine(11025, 300, 0.5));

        assertThat(Decoded.of(file).info().sampleRateHz()).isEqualTo(11025);
    }

    @Test
    void monoFlacDecodesWithItsDeclaredLength() throws Exception {
        Decoded decoded = Decoded.of(TestAudio.resource("tone-mono-44k.flac"));

        assertThat(decoded.info()).isEqualTo(new StreamInfo("flac", "FLAC 16-bit", 44100, 1, 44100));
        assertThat(decoded.frames()).isEqualTo(44100);
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.025f));
        assertThat(decoded.frequency(0)).isCloseTo(440, within(2.0));
    }

    @Test
    void stereo24BitFlacKeepsChannelOrder() throws Exception {
        Decoded decoded = Decoded.of(TestAudio.resource("tone-stereo-48k-24bit.flac"));

        assertThat(decoded.info()).isEqualTo(new StreamInfo("flac", "FLAC 24-bit", 48000, 2, 12000));
        assertThat(decoded.frames()).isEqualTo(12000);
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.025f));
        assertThat(decoded.frequency(0)).isCloseTo(440, within(3.0));
        assertThat(decoded.frequency(1)).isCloseTo(660, within(4.0));
    }

    @Test
    void lameMp3IsTrimmedToItsExactOriginalLength() throws Exception {
        Decoded decoded = Decoded.of(TestAudio.resource("tone-stereo-44k.mp3"));

        assertThat(decoded.info().codec()).isEqualTo("mp3");
        assertThat(decoded.info().codecDetail()).isEqualTo("MPEG-1 Layer III 128 kbps");
        assertThat(decoded.info().sampleRateHz()).isEqualTo(44100);
        assertThat(decoded.info().channels()).isEqualTo(2);
        assertThat(decoded.frames()).isEqualTo(44100);
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.025f));
        assertThat(decoded.frequency(0)).isCloseTo(440, within(2.0));
        assertThat(decoded.frequency(1)).isCloseTo(660, within(3.0));
    }

    @Test
    void mpeg2Mp3WithoutLameHeaderDecodesToRoughlyItsLength() throws Exception {
        Decoded decoded = Decoded.of(TestAudio.resource("tone-mono-22k-noinfo.mp3"));

        assertThat(decoded.info().codecDetail()).isEqualTo("MPEG-2 Layer III 32 kbps");
        assertThat(decoded.info().sampleRateHz()).isEqualTo(22050);
        assertThat(decoded.info().channels()).isEqualTo(1);
        assertThat(decoded.info().declaredFrames()).isEqualTo(-1);
        assertThat(decoded.frames() * 1000.0 / 22050).isCloseTo(1000, within(100.0));
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.05f));
        assertThat(decoded.frequency(0)).isCloseTo(440, within(3.0));
    }

    @Test
    void oggVorbisDecodesToItsExactLengthUsingTheLastGranule() throws Exception {
        Decoded decoded = Decoded.of(TestAudio.resource("tone-stereo-44k.ogg"));

        assertThat(decoded.info()).isEqualTo(new StreamInfo("ogg-vorbis", "Vorbis", 44100, 2, -1));
        assertThat(decoded.frames()).isEqualTo(44100);
        assertThat(decoded.peak(0)).isCloseTo(0.5f, within(0.025f));
        assertThat(decoded.frequency(0)).isCloseTo(440, within(2.0));
        assertThat(decoded.frequency(1)).isCloseTo(660, within(3.0));
    }

    @Test
    void rf64WavTakesItsDataSizeFromTheDs64Chunk() throws Exception {
        byte[] wav = Files.readAllBytes(
                TestAudio.wav(dir.resolve("t.wav"), WavEncoding.PCM_16, 8000, 1, 1000, TestAudio.sine(8000, 100, 0.5)));
        ByteBuffer rf64 = ByteBuffer.allocate(wav.length + 36).order(ByteOrder.LITTLE_ENDIAN);
        rf64.put(TestAudio.ascii("RF64")).putInt(-1).put(TestAudio.ascii("WAVE"));
        rf64.put(TestAudio.ascii("ds64"))
                .putInt(28)
                .putLong(wav.length + 28)
                .putLong(2000)
                .putLong(1000)
                .putInt(0);
        rf64.put(wav, 12, wav.length - 12).putInt(rf64.position() - 2000 - 4, -1);

        Decoded decoded = Decoded.of(Files.write(dir.resolve("t.rf64"), rf64.array()));

        assertThat(decoded.info().declaredFrames()).isEqualTo(1000);
        assertThat(decoded.frames()).isEqualTo(1000);
    }

    @Test
    void wavWithAnOpenEndedDataSizeIsReadToTheEndOfTheFile() throws Exception {
        Path file =
                TestAudio.wav(dir.resolve("t.wav"), WavEncoding.PCM_16, 8000, 1, 1000, TestAudio.sine(8000, 100, 1));
        byte[] wav = Files.readAllBytes(file);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(40, -1);

        Decoded decoded = Decoded.of(Files.write(file, wav));

        assertThat(decoded.info().declaredFrames()).isEqualTo(-1);
        assertThat(decoded.frames()).isEqualTo(1000);
    }

    @Test
    void readReturnsMinusOneAgainAfterTheEnd() throws Exception {
        Path file =
                TestAudio.wav(dir.resolve("short.wav"), WavEncoding.PCM_16, 8000, 1, 10, TestAudio.sine(8000, 100, 1));
        try (PcmStream stream = AudioDecoder.open(file)) {
            float[][] block = new float[1][64];
            assertThat(stream.read(block, 64)).isEqualTo(10);
            assertThat(stream.read(block, 64)).isEqualTo(-1);
            assertThat(stream.read(block, 64)).isEqualTo(-1);
        }
    }
}
