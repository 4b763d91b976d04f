package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.SmallDisk;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner's audio folder is a real file system that the test makes read-only and writable again. */
@SfaSpringTest
class PendingFileDeletionsTest {

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    PendingFileDeletions pendingDeletions;

    @Autowired
    UserService users;

    @Autowired
    LibraryProperties properties;

    @TempDir
    Path work;

    @Test
    void aFileUploadedAgainBeforeTheRetryIsKeptForItsNewTrack() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(work.resolve("again.wav"), 44_100, 1, 1.0, 523);
        try (SmallDisk disk = SmallDisk.mount(
                properties.dataDir().resolve("audio").resolve(owner.id().toString()), 8)) {
            Track first = importFile(owner, wav);
            Path stored = library.audioFile(owner.id(), first.id()).path();
            disk.readOnly();
            library.delete(owner.id(), List.of(first.id()));
            assertThat(stored).exists();
            disk.writable();

            Track again = importFile(owner, wav);
            pendingDeletions.retry();

            assertThat(library.audioFile(owner.id(), again.id()).path())
                    .isEqualTo(stored)
                    .exists();
            library.delete(owner.id(), List.of(again.id()));
            assertThat(stored).doesNotExist();
            assertThat(pendingDeletions.retry()).isZero();
        }
    }

    @Test
    void aFileThatStillCannotBeDeletedWaitsForTheNextRetry() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(work.resolve("stuck.wav"), 44_100, 1, 1.0, 587);
        try (SmallDisk disk = SmallDisk.mount(
                properties.dataDir().resolve("audio").resolve(owner.id().toString()), 8)) {
            Track track = importFile(owner, wav);
            Path stored = library.audioFile(owner.id(), track.id()).path();
            disk.readOnly();
            assertThat(library.delete(owner.id(), List.of(track.id()))).isEqualTo(1);
            assertThat(library.count(owner.id(), null)).isZero();

            assertThat(pendingDeletions.retry()).isEqualTo(1);
            assertThat(stored).exists();

            disk.writable();
            assertThat(pendingDeletions.retry()).isZero();
            assertThat(stored).doesNotExist();
        }
    }

    private Track importFile(UserAccount owner, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importAudio(owner.id(), in, file.getFileName().toString())
                    .track();
        }
    }
}
