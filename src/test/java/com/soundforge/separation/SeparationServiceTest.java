package com.soundforge.separation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class SeparationServiceTest {

    @Autowired
    SeparationService separation;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    private Track upload(UserAccount owner, String name, int channels) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(name), 44_100, channels, 1.5, 196);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, name).track();
        }
    }

    @Test
    void separatesATrackStoresOneRowAndFilePerStemAndReRunsReplaceThem() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track = upload(owner, "stems.wav", 2);
        assertThat(separation.stems(owner.id(), track.id())).isEmpty();

        SeparationService.Separation first = separation.separate(owner.id(), track.id(), f -> {});
        List<Stem> stems = separation.stems(owner.id(), track.id());

        assertThat(first.summary()).contains("sfa");
        assertThat(stems)
                .extracting(Stem::type)
                .containsExactly(StemType.VOCALS, StemType.DRUMS, StemType.BASS, StemType.OTHER);
        assertThat(stems).allSatisfy(stem -> {
            assertThat(stem.engine()).isEqualTo("sfa");
            assertThat(stem.model()).isEqualTo(SfaSeparationEngine.MODEL);
            assertThat(stem.frames()).isEqualTo(66_150);
            assertThat(stem.sampleRateHz()).isEqualTo(44_100);
        });
        Path vocals = separation
                .stemFile(owner.id(), track.id(), StemType.VOCALS)
                .orElseThrow()
                .path();
        assertThat(vocals.toString()).endsWith("stems/" + owner.id() + "/" + track.id() + "/vocals.wav");
        assertThat(Files.size(vocals)).isEqualTo(44 + 66_150L * 2 * 3);

        separation.separate(owner.id(), track.id(), f -> {});

        assertThat(separation.stems(owner.id(), track.id())).hasSize(4);
        try (var files = Files.list(vocals.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("vocals.wav", "drums.wav", "bass.wav", "other.wav");
        }
    }

    @Test
    void monoTracksGetStemsToo() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track = upload(owner, "mono.wav", 1);

        separation.separate(owner.id(), track.id(), f -> {});

        assertThat(separation.stems(owner.id(), track.id())).hasSize(4);
    }

    @Test
    void deletingTheTrackRemovesItsStemFilesAndRows() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track = upload(owner, "doomed.wav", 2);
        separation.separate(owner.id(), track.id(), f -> {});
        Path folder = separation
                .stemFile(owner.id(), track.id(), StemType.BASS)
                .orElseThrow()
                .path()
                .getParent();

        library.delete(owner.id(), List.of(track.id()));

        assertThat(folder).doesNotExist();
    }

    @Test
    void onlyTheOwnerSeesOrMakesStems() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        Track track = upload(owner, "private.wav", 2);

        assertThatThrownBy(() -> separation.stems(stranger.id(), track.id()))
                .isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> separation.separate(stranger.id(), track.id(), f -> {}))
                .isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> separation.stemFile(stranger.id(), track.id(), StemType.VOCALS))
                .isInstanceOf(TrackAccessDeniedException.class);
    }

    @Test
    void theEnginePreferenceDefaultsToSfaAndDemucsCannotBeChosenWhenItIsNotInstalled() {
        UserAccount user = TestUsers.create(users);
        assertThat(separation.preference(user.id())).isEqualTo(SeparationPreference.DEFAULT);
        assertThat(separation.demucsStatus().available()).isFalse();
        assertThat(separation.demucsStatus().explanation()).contains("not installed");

        separation.choose(user.id(), new SeparationPreference("sfa", "htdemucs_ft"));

        assertThat(separation.preference(user.id()).demucsModel()).isEqualTo("htdemucs_ft");
        assertThatThrownBy(() -> separation.choose(user.id(), new SeparationPreference("demucs", "htdemucs")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not installed");
        assertThatThrownBy(() -> new SeparationPreference("spleeter", "htdemucs"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
