package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.audio.TestAudio;
import com.soundforge.library.AudioFile;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.Waveform;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class ImportServiceTest {

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Autowired
    LibraryProperties properties;

    @TempDir
    Path work;

    UserAccount owner;

    @BeforeEach
    void newOwner() {
        owner = TestUsers.create(users);
    }

    @Test
    void importingAWavStoresTheFileItsMetadataAndItsWaveform() throws Exception {
        Path wav = tone("Night Driver - Neon Lights.wav", 2.0);

        ImportResult result = importFile(wav);

        Track track = result.track();
        assertThat(result.duplicate()).isFalse();
        assertThat(track.title()).isEqualTo("Neon Lights");
        assertThat(track.artist()).isEqualTo("Night Driver");
        assertThat(track.codec()).isEqualTo("wav");
        assertThat(track.sampleRateHz()).isEqualTo(44_100);
        assertThat(track.channels()).isEqualTo(2);
        assertThat(track.durationMs()).isEqualTo(2000);
        assertThat(track.fileSizeBytes()).isEqualTo(Files.size(wav));
        AudioFile stored = library.audioFile(owner.id(), track.id());
        assertThat(stored.path()).exists().hasSameBinaryContentAs(wav);
        assertThat(stored.path().getFileName().toString()).matches("[0-9a-f]{64}\\.wav");
        Waveform overview = library.waveform(owner.id(), track.id(), 4096).orElseThrow();
        assertThat(overview.peakCount()).isEqualTo((int) Math.ceil(88_200.0 / overview.framesPerPeak()));
        assertThat(overview.peaks()).hasSize(overview.peakCount() * 2);
    }

    @Test
    void anAiffGetsABrowserPlayableWavRenditionThatGoesAwayWithTheTrack() throws Exception {
        Path aiff = TestAudio.writeSineAiff(work.resolve("Crate Digger - Vinyl Rip.aiff"), 48_000, 2, 1.5, 330);
        Track track = importFile(aiff).track();

        AudioFile original = library.audioFile(owner.id(), track.id());
        AudioFile playable = library.playableAudio(owner.id(), track.id());

        assertThat(track.codec()).isEqualTo("aiff");
        assertThat(original.mediaType()).isEqualTo("audio/aiff");
        assertThat(original.path()).hasSameBinaryContentAs(aiff);
        assertThat(playable.mediaType()).isEqualTo("audio/wav");
        try (PcmStream wav = AudioDecoder.open(playable.path())) {
            assertThat(wav.info().codec()).isEqualTo("wav");
            assertThat(wav.info().sampleRateHz()).isEqualTo(48_000);
            assertThat(wav.info().declaredFrames()).isEqualTo(72_000);
        }
        library.delete(owner.id(), List.of(track.id()));
        assertThat(playable.path()).doesNotExist();
        assertThat(original.path()).doesNotExist();
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() throws Exception {
        Path wav = tone("twice.wav", 1.0);
        Track first = importFile(wav).track();

        ImportResult again = importFile(wav);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.track().id()).isEqualTo(first.id());
        assertThat(library.count(owner.id(), null)).isEqualTo(1);
        assertThat(audioFilesOf(owner)).hasSize(1);
    }

    @Test
    void anEmptyFileIsRefusedAndLeavesNothingBehind() {
        assertRefused(new ByteArrayInputStream(new byte[0]), "empty.wav", ImportFailure.EMPTY, "empty");
    }

    @Test
    void aTextFileWithAnAudioExtensionIsRefusedAsNotAudio() {
        byte[] text = "Dear diary, today I renamed a text file to .mp3".getBytes(StandardCharsets.UTF_8);
        assertRefused(new ByteArrayInputStream(text), "diary.mp3", ImportFailure.NOT_AUDIO, "not audio");
    }

    @Test
    void aTruncatedWavIsRefusedAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(tone("cut.wav", 2.0));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertRefused(new ByteArrayInputStream(half), "cut.wav", ImportFailure.CORRUPT, "truncated");
    }

    @Test
    void aWavWithACodecWeCannotDecodeIsRefusedAsUnsupported() throws Exception {
        byte[] wav = Files.readAllBytes(tone("adpcm.wav", 0.5));
        wav[20] = 0x02; // WAVE_FORMAT_ADPCM
        wav[21] = 0x00;
        assertRefused(new ByteArrayInputStream(wav), "adpcm.wav", ImportFailure.UNSUPPORTED_CODEC, "nsupported");
    }

    @Test
    void anUploadInterruptedHalfwayLeavesNothingBehind() throws Exception {
        byte[] whole = Files.readAllBytes(tone("interrupted.wav", 1.0));
        InputStream breaksHalfway = new InputStream() {
            int position;

            @Override
            public int read() throws IOException {
                if (position >= whole.length / 2) {
                    throw new IOException("connection reset by peer");
                }
                return whole[position++] & 0xff;
            }
        };
        assertRefused(breaksHalfway, "interrupted.wav", ImportFailure.INTERRUPTED, "interrupted");
    }

    private void assertRefused(InputStream content, String name, ImportFailure failure, String messagePart) {
        assertThatThrownBy(() -> imports.importAudio(owner.id(), content, name))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
                });
        assertThat(library.count(owner.id(), null)).isZero();
        assertThat(audioFilesOf(owner)).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    private ImportResult importFile(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importAudio(owner.id(), in, file.getFileName().toString());
        }
    }

    private Path tone(String name, double seconds) throws IOException {
        Path file = work.resolve(name);
        TestAudio.writeSineWav(file, 44_100, 2, seconds, 220.0 + name.length() * 7);
        return file;
    }

    private List<Path> audioFilesOf(UserAccount user) {
        return listFiles(properties.dataDir().resolve("audio").resolve(user.id().toString()));
    }

    private List<Path> temporaryFiles() {
        return listFiles(properties.dataDir().resolve("tmp"));
    }

    private static List<Path> listFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
