package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.soundforge.audio.AudioDecodeException.Reason;
import com.soundforge.audio.TestAudio.WavEncoding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioFormatSnifferTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "tone-mono-44k.flac, FLAC",
        "tone-stereo-44k.mp3, MP3",
        "tone-mono-22k-noinfo.mp3, MP3",
        "tone-stereo-44k.ogg, OGG_VORBIS"
    })
    void recognisesCompressedFixturesByContentEvenWithAMisleadingName(String fixture, AudioFileType type)
            throws Exception {
        Path renamed = Files.copy(TestAudio.resource(fixture), dir.resolve("track.wav"));

        assertThat(AudioFormatSniffer.sniff(renamed).type()).isEqualTo(type);
    }

    @Test
    void mp3AudioStartsAfterTheId3Tag() throws Exception {
        SniffedFormat format = AudioFormatSniffer.sniff(TestAudio.resource("tone-stereo-44k.mp3"));

        assertThat(format.audioOffset()).isEqualTo(0xB3);
    }

    @Test
    void recognisesWavAndAiffWithoutAnExtension() throws Exception {
        Path wav = TestAudio.wav(dir.resolve("a"), WavEncoding.PCM_16, 8000, 1, 100, TestAudio.sine(8000, 100, 1));
        Path aiff = TestAudio.aiff(dir.resolve("b"), 16, 8000, 1, 100, TestAudio.sine(8000, 100, 1));

        assertThat(AudioFormatSniffer.sniff(wav).type()).isEqualTo(AudioFileType.WAV);
        assertThat(AudioFormatSniffer.sniff(aiff).type()).isEqualTo(AudioFileType.AIFF);
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws Exception {
        AudioDecodeException e = rejection(Files.createFile(dir.resolve("empty.wav")));

        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e.getMessage()).isEqualTo("The file is empty.");
    }

    @Test
    void textFileNamedWavIsNotAudio() throws Exception {
        AudioDecodeException e = rejection(Files.writeString(dir.resolve("notes.wav"), "Dear DJ,\nthis is text.\n"));

        assertThat(e.reason()).isEqualTo(Reason.NOT_AUDIO);
        assertThat(e.getMessage()).isEqualTo("This file is not audio (it looks like text).");
    }

    @Test
    void pngFileNamedMp3IsNotAudio() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        AudioDecodeException e = rejection(Files.write(dir.resolve("cover.mp3"), png));

        assertThat(e.reason()).isEqualTo(Reason.NOT_AUDIO);
        assertThat(e.getMessage()).isEqualTo("This file is not audio (it looks like a PNG image).");
    }

    @Test
    void randomBinaryIsNotAudio() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        AudioDecodeException e = rejection(Files.write(dir.resolve("noise.mp3"), noise));

        assertThat(e.reason()).isEqualTo(Reason.NOT_AUDIO);
        assertThat(e.getMessage()).contains("unrecognised content");
    }

    @ParameterizedTest(name = "format tag {0}")
    @CsvSource({
        "2, Microsoft ADPCM (format tag 0x0002)",
        "85, MPEG Layer III (format tag 0x0055)",
        "4660, unknown codec (format tag 0x1234)"
    })
    void wavWithACompressedFormatTagIsAnUnsupportedCodec(int tag, String named) throws Exception {
        AudioDecodeException e = rejection(TestAudio.wavWithFormatTag(dir.resolve("x.wav"), tag));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CODEC);
        assertThat(e.getMessage()).isEqualTo("Unsupported codec: WAV " + named + ". " + AudioDecodeException.SUPPORTED);
    }

    @Test
    void oggOpusIsAnUnsupportedCodec() throws Exception {
        AudioDecodeException e = rejection(TestAudio.resource("tone.opus"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CODEC);
        assertThat(e.getMessage())
                .isEqualTo("Unsupported codec: Ogg Opus. Supported: WAV, AIFF, FLAC, MP3, Ogg Vorbis.");
    }

    @Test
    void oggFlacIsAnUnsupportedCodec() throws Exception {
        AudioDecodeException e = rejection(Files.write(dir.resolve("x.ogg"), oggFirstPage("\u007fFLAC\u0001\u0000")));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CODEC);
        assertThat(e.getMessage()).startsWith("Unsupported codec: Ogg FLAC.");
    }

    @Test
    void m4aIsAnUnsupportedCodec() throws Exception {
        byte[] m4a = ByteBuffer.allocate(32)
                .putInt(32)
                .put(TestAudio.ascii("ftypM4A "))
                .putInt(0)
                .put(TestAudio.ascii("M4A mp42isom"))
                .array();
        AudioDecodeException e = rejection(Files.write(dir.resolve("song.mp3"), m4a));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CODEC);
        assertThat(e.getMessage()).startsWith("Unsupported codec: MP4/M4A (AAC).");
    }

    @Test
    void id3TagWithoutAudioFramesIsCorrupt() throws Exception {
        byte[] tagOnly = new byte[2000];
        System.arraycopy(TestAudio.ascii("ID3\u0003\u0000\u0000\u0000\u0000\u0001\u0000"), 0, tagOnly, 0, 10);
        AudioDecodeException e = rejection(Files.write(dir.resolve("x.mp3"), tagOnly));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    }

    private static byte[] oggFirstPage(String packet) {
        byte[] body = TestAudio.ascii(packet);
        ByteBuffer page = ByteBuffer.allocate(28 + body.length);
        page.put(TestAudio.ascii("OggS"))
                .put((byte) 0)
                .put((byte) 2)
                .putLong(0)
                .putInt(1)
                .putInt(0)
                .putInt(0);
        page.put((byte) 1).put((byte) body.length).put(body);
        return page.array();
    }

    private static AudioDecodeException rejection(Path file) throws IOException {
        return catchThrowableOfType(AudioDecodeException.class, () -> AudioFormatSniffer.sniff(file));
    }
}
