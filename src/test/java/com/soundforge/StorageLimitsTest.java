package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.SilentFlac;
import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportFailure;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationException;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AudioHttpServer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The issue "a tiny upload fills the disk": a few hundred KB of FLAC silence lasting hours, and one user storing
 * without bound. Track length is limited at import (default 3 h), and a 2 MB quota covers originals and stems.
 */
@SfaWebTest
@TestPropertySource(properties = "sfa.storage.user-quota=2MB")
class StorageLimitsTest {

    private static final long QUOTA = 2L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    ImportService imports;

    @Autowired
    SeparationService separation;

    @Autowired
    LibraryProperties properties;

    @TempDir
    Path work;

    UserAccount owner;
    ApiClient api;

    @BeforeEach
    void newOwner() {
        owner = TestUsers.create(users);
        api = ApiClient.forUser(port, keys, owner);
    }

    @Test
    void hoursOfSilenceInATinyFlacAreRefusedAt422BeforeAnythingIsKept() throws Exception {
        Path flac = SilentFlac.write(
                work.resolve("silence.flac"), Duration.ofHours(3).plusMinutes(30));
        assertThat(Files.size(flac)).isLessThan(400_000);

        Answer refused = api.upload("/api/v1/tracks", flac, "silence.flac");

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("too_long");
        assertThat(refused.json().get("error").get("message").asString())
                .isEqualTo("This track is 3 h 30 min long; the limit is 3 h.");
        assertThat(api.get("/api/v1/tracks").json().get("total").asInt()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aLinkToATrackOverTheLengthLimitIsRefusedToo() throws Exception {
        Path flac = SilentFlac.write(work.resolve("long.flac"), Duration.ofHours(4));
        try (AudioHttpServer server = new AudioHttpServer()) {
            server.serve("/long.flac", Files.readAllBytes(flac), 64 * 1024, 0);

            assertThatThrownBy(() -> imports.importFromUrl(
                            owner.id(), UUID.randomUUID(), server.url("/long.flac"), (done, total) -> {}))
                    .isInstanceOfSatisfying(
                            ImportException.class, e -> assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LONG))
                    .hasMessage("This track is 4 h long; the limit is 3 h.");
        }
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void anImportThatWouldExceedTheQuotaIsRefusedWithQuotaExceeded() throws Exception {
        Path small = TestAudio.writeSineWav(work.resolve("small.wav"), 44_100, 2, 1.0, 440);
        assertThat(api.upload("/api/v1/tracks", small, "small.wav").status()).isEqualTo(201);
        Path big = TestAudio.writeSineWav(work.resolve("big.wav"), 44_100, 2, 12.0, 330);

        Answer refused = api.upload("/api/v1/tracks", big, "big.wav");

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("quota_exceeded");
        assertThat(refused.json().get("error").get("message").asString())
                .startsWith("Your storage quota does not leave room for this track")
                .contains("of 2 MB used");
        assertThat(api.get("/api/v1/tracks").json().get("total").asInt()).isEqualTo(1);
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void meReportsTheStorageUsedByOriginalsAndStemsAndTheQuota() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("one.wav"), 44_100, 2, 1.0, 440);
        Answer created = api.upload("/api/v1/tracks", wav, "one.wav");
        UUID trackId = UUID.fromString(created.json().get("id").asString());

        Answer me = api.get("/api/v1/me");
        assertThat(me.json().get("storage").get("used_bytes").asLong()).isEqualTo(Files.size(wav));
        assertThat(me.json().get("storage").get("quota_bytes").asLong()).isEqualTo(QUOTA);

        long stems = separation.separate(owner.id(), trackId, fraction -> {}).stems().stream()
                .mapToLong(Stem::sizeBytes)
                .sum();
        assertThat(stems).isPositive();
        assertThat(api.get("/api/v1/me").json().get("storage").get("used_bytes").asLong())
                .isEqualTo(Files.size(wav) + stems);
    }

    @Test
    void stemsThatWouldExceedTheQuotaAreRefusedBeforeAnyIsWritten() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("three.wav"), 44_100, 2, 3.0, 440);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "three.wav").track();
        }

        assertThatThrownBy(() -> separation.separate(owner.id(), track.id(), fraction -> {}))
                .isInstanceOfSatisfying(
                        SeparationException.class,
                        e -> assertThat(e.permanent()).isTrue())
                .hasMessageStartingWith("Your storage quota does not leave room for the stems (needs 3 MB;");
        assertThat(separation.stems(owner.id(), track.id())).isEmpty();
        assertThat(properties.dataDir().resolve("stems").resolve(owner.id().toString()))
                .doesNotExist();
    }

    private java.util.List<Path> storedFiles() throws Exception {
        Path folder = properties.dataDir().resolve("audio").resolve(owner.id().toString());
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
