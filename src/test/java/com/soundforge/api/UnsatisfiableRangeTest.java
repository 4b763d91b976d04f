package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationService;
import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Range past the end of a file is answered 416 with {@code Content-Range: bytes *}{@code /size} and no body. */
@SfaWebTest
class UnsatisfiableRangeTest {

    private static final String PAST_THE_END = "bytes=999999999-";

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    SeparationService separation;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @TempDir
    Path work;

    @Test
    void theAudioTheStemsAndTheApiStemsAnswer416WithoutABody() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track;
        try (InputStream in = Files.newInputStream(TestAudio.writeSineWav(work.resolve("r.wav"), 8000, 1, 0.5, 440))) {
            track = imports.importAudio(owner.id(), in, "r.wav").track();
        }
        separation.separate(owner.id(), track.id(), f -> {});
        HttpSession session = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD);

        HttpResponse<byte[]> audio = session.get("/media/tracks/" + track.id() + "/audio", PAST_THE_END);
        assertNoContent(audio, track.fileSizeBytes());

        HttpResponse<byte[]> stem = session.get("/media/tracks/" + track.id() + "/stems/vocals", PAST_THE_END);
        long stemSize = Long.parseLong(session.get("/media/tracks/" + track.id() + "/stems/vocals", null)
                .headers()
                .firstValue("Content-Length")
                .orElseThrow());
        assertNoContent(stem, stemSize);

        HttpResponse<byte[]> apiStem = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/tracks/" + track.id() + "/stems/vocals"))
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + keys.create(owner.id(), "range")
                                                        .rawKey())
                                .header("Range", PAST_THE_END)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertNoContent(apiStem, stemSize);
    }

    private static void assertNoContent(HttpResponse<byte[]> response, long size) {
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + size);
        assertThat(response.body().length).as("body bytes").isZero();
    }
}
