package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio.WavEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tone-mono-44k.flac, Flac Tone", "tone-stereo-44k.ogg, Ogg Tone", "tone-stereo-44k.mp3, Mp3 Tone"})
    void readsTitleArtistAndAlbumTags(String fixture, String title) {
        Tags tags = TagReader.read(TestAudio.resource(fixture), "whatever.bin");

        assertThat(tags).isEqualTo(new Tags(title, "Test Artist", "Test Album"));
    }

    @Test
    void readsTagsOfAFileStoredWithoutAnExtension() throws Exception {
        Path stored = Files.copy(TestAudio.resource("tone-stereo-44k.mp3"), dir.resolve("upload-1234"));

        assertThat(TagReader.read(stored, "song.mp3").title()).isEqualTo("Mp3 Tone");
    }

    @Test
    void missingTitleFallsBackToTheFileNameWithoutExtension() {
        Path wav = untaggedWav();

        assertThat(TagReader.read(wav, "Sunrise Jam.wav")).isEqualTo(new Tags("Sunrise Jam", null, null));
    }

    @Test
    void artistDashTitleFileNameIsSplitWhenTagsAreMissing() {
        Path wav = untaggedWav();

        assertThat(TagReader.read(wav, "C:\\music\\Daft Punk - One More Time.wav"))
                .isEqualTo(new Tags("One More Time", "Daft Punk", null));
    }

    @Test
    void missingOriginalNameUsesTheStoredFileName() {
        assertThat(TagReader.read(untaggedWav(), null).title()).isEqualTo("plain");
    }

    @Test
    void unreadableFileStillGivesTagsFromItsName() throws Exception {
        Path garbage = Files.writeString(dir.resolve("x"), "not audio at all");

        assertThat(TagReader.read(garbage, "Artist - Title.mp3")).isEqualTo(new Tags("Title", "Artist", null));
        assertThat(TagReader.read(dir.resolve("missing"), "").title()).isEqualTo("missing");
    }

    @Test
    void riffInfoTagsOfAWavComeWithoutTheirNulTerminators() {
        Path wav = InfoTaggedWav.write(dir.resolve("info.wav"), "My Song", "My Artist", "My Album");

        assertThat(TagReader.read(wav, "info.wav")).isEqualTo(new Tags("My Song", "My Artist", "My Album"));
    }

    @Test
    void controlCharactersInsideTagsBecomeSpaces() {
        Path wav = InfoTaggedWav.write(dir.resolve("ctl.wav"), "Line\none\u0000two", "Tab\tbed\u0007", "\u0000");

        assertThat(TagReader.read(wav, "Fallback.wav")).isEqualTo(new Tags("Line one two", "Tab bed", null));
    }

    @Test
    void controlCharactersInAFileNameDoNotReachTheTitle() {
        assertThat(TagReader.read(untaggedWav(), "Art\u0000ist - Ti\u001btle\u0000.wav"))
                .isEqualTo(new Tags("Ti tle", "Art ist", null));
    }

    private Path untaggedWav() {
        return TestAudio.wav(
                dir.resolve("plain.wav"), WavEncoding.PCM_16, 8000, 1, 800, TestAudio.sine(8000, 200, 0.5));
    }
}
