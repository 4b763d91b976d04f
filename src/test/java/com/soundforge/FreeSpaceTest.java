package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportFailure;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationException;
import com.soundforge.separation.SeparationService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.SmallDisk;
import com.soundforge.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The data folder on a real 40 MB file system, with an 8 MB reserve (sfa.storage.min-free-space): stems and playback
 * renditions that would eat into the reserve are refused up front, where they used to be written until the disk
 * was full; the storage health check uses the same reserve.
 */
@SfaWebTest
@TestPropertySource(properties = "sfa.storage.min-free-space=8MB")
@DirtiesContext
class FreeSpaceTest {

    private static final long MB = 1024 * 1024;
    private static SmallDisk disk;

    @LocalServerPort
    int port;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    SeparationService separation;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    UserAccount owner;

    @DynamicPropertySource
    static void smallDataFolder(DynamicPropertyRegistry registry) throws Exception {
        disk = SmallDisk.mount(Files.createTempDirectory("sfa-small-disk"), 40);
        registry.add("sfa.data-dir", () -> disk.root().toString());
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @BeforeEach
    void newOwner() {
        owner = TestUsers.create(users);
    }

    @AfterEach
    void freeTheDisk() throws IOException {
        Files.deleteIfExists(filler());
    }

    @Test
    void stemsThatWouldEatIntoTheReserveAreRefusedBeforeAnyIsWritten() throws Exception {
        Track track = importWav("four.wav", 4.0);
        leaveFree(10 * MB);

        assertThatThrownBy(() -> separation.separate(owner.id(), track.id(), fraction -> {}))
                .isInstanceOfSatisfying(
                        SeparationException.class,
                        e -> assertThat(e.permanent()).isFalse())
                .hasMessageMatching("Not enough free space on the server for the stems \\(needs 4 MB, "
                        + "\\d+(\\.\\d)? MB free\\)\\.");
        assertThat(separation.stems(owner.id(), track.id())).isEmpty();
        assertThat(Files.getFileStore(disk.root()).getUsableSpace()).isGreaterThan(9 * MB);
    }

    @Test
    void aPlaybackRenditionThatWouldEatIntoTheReserveRefusesTheImportAsStorageFull() throws Exception {
        Path aiff = TestAudio.writeSineAiff(work.resolve("eight.aiff"), 48_000, 2, 8.0, 330);
        leaveFree(10 * MB);

        assertThatThrownBy(() -> {
                    try (InputStream in = Files.newInputStream(aiff)) {
                        imports.importAudio(owner.id(), in, "eight.aiff");
                    }
                })
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.failure()).isEqualTo(ImportFailure.STORAGE_FULL))
                .hasMessageStartingWith(
                        "Not enough free space on the server for the playable copy of this track " + "(needs 2.2 MB,");
        assertThat(library.count(owner.id(), null)).isZero();
        assertThat(disk.root().resolve("audio").resolve(owner.id().toString())).doesNotExist();
    }

    @Test
    void theHealthCheckUsesTheConfiguredReserve() throws Exception {
        leaveFree(10 * MB);
        assertThat(health()).isEqualTo("UP");

        leaveFree(6 * MB);
        assertThat(health()).isEqualTo("DOWN");
    }

    private Track importWav(String name, double seconds) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(name), 44_100, 2, seconds, 440);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, name).track();
        }
    }

    /** Grows (or shrinks) a filler file until about {@code bytes} are left on the small disk. */
    private static void leaveFree(long bytes) throws IOException {
        long free = Files.getFileStore(disk.root()).getUsableSpace();
        try (RandomAccessFile file = new RandomAccessFile(filler().toFile(), "rw")) {
            long length = Math.max(0, file.length() + free - bytes);
            file.setLength(0);
            file.setLength(length);
            file.seek(0);
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < length; written += block.length) {
                file.write(block, 0, (int) Math.min(block.length, length - written));
            }
        }
    }

    private static Path filler() {
        return disk.root().resolve("filler.bin");
    }

    private String health() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return ApiClient.JSON.readTree(health.body()).get("status").asString();
    }
}
