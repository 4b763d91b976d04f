package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real storage failure (the user's audio folder is taken by a file, so nothing can be stored there, even as
 * root) reaches users as a neutral message: never the server's paths.
 */
@SfaWebTest
class StorageFailureMessagesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryProperties properties;

    @TempDir
    Path work;

    UserAccount user;
    Path dataDir;

    @BeforeEach
    void brokenStorage() throws Exception {
        user = TestUsers.create(users);
        dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.writeString(dataDir.resolve("audio").resolve(user.id().toString()), "not a folder");
    }

    @Test
    void anUploadThatCannotBeStoredIsA500WithoutServerPaths() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("stored.wav"), 8000, 1, 0.2, 440);

        Answer failed = ApiClient.forUser(port, keys, user).upload("/api/v1/tracks", wav, "stored.wav");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("error").get("code").asString()).isEqualTo("storage");
        assertNoPath(failed.json().get("error").get("message").asString());
    }

    @Test
    void theImportFailureThatScreensAndJobsShowNamesNoPath() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("job.wav"), 8000, 1, 0.2, 550);

        ImportException failure;
        try (InputStream in = Files.newInputStream(wav)) {
            failure = catchThrowableOfType(ImportException.class, () -> imports.importAudio(user.id(), in, "job.wav"));
        }

        assertThat(failure).isNotNull();
        assertNoPath(failure.getMessage());
    }

    private void assertNoPath(String message) {
        assertThat(message)
                .isNotBlank()
                .doesNotContain(dataDir.toString())
                .doesNotContain(user.id().toString())
                .doesNotContain("/");
    }
}
