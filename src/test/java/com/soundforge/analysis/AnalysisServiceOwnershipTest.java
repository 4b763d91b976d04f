package com.soundforge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.library.LibraryService;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class AnalysisServiceOwnershipTest {

    @Autowired
    AnalysisService analysis;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    UUID owner;
    UUID stranger;
    UUID trackId;

    @BeforeEach
    void anAnalysedTrack() throws Exception {
        owner = TestUsers.create(users).id();
        stranger = TestUsers.create(users).id();
        Path wav = TestMusic.writeMinorGroove(work.resolve("Owned - Groove.wav"), 124, 12);
        try (InputStream in = Files.newInputStream(wav)) {
            trackId =
                    imports.importAudio(owner, in, "Owned - Groove.wav").track().id();
        }
        analysis.analyse(trackId, library.audioFile(owner, trackId).path(), fraction -> {});
    }

    @Test
    void theOwnerGetsTheAnalysisItsExportAndItsMarkers() {
        assertThat(analysis.find(owner, trackId)).isPresent();
        assertThat(analysis.exportJson(owner, trackId))
                .hasValueSatisfying(json -> assertThat(json).contains("bpm"));
        assertThat(analysis.markersJson(owner, trackId))
                .hasValueSatisfying(json -> assertThat(json).contains("beats"));
    }

    @Test
    void anotherUserGetsNothingFromAnyOfThemButAnAccessDenial() {
        assertThatThrownBy(() -> analysis.find(stranger, trackId)).isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> analysis.exportJson(stranger, trackId)).isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> analysis.markersJson(stranger, trackId))
                .isInstanceOf(TrackAccessDeniedException.class);
    }

    @Test
    void aTrackThatDoesNotExistIsNotFound() {
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> analysis.find(owner, missing)).isInstanceOf(TrackNotFoundException.class);
        assertThatThrownBy(() -> analysis.exportJson(owner, missing)).isInstanceOf(TrackNotFoundException.class);
        assertThatThrownBy(() -> analysis.markersJson(owner, missing)).isInstanceOf(TrackNotFoundException.class);
    }
}
