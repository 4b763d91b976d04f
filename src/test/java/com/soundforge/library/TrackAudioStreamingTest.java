package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaWebTest
class TrackAudioStreamingTest {

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    @Test
    void theOwnerGetsByteRangesOfTheAudioAndEveryoneElseIsRefused() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        Path wav = work.resolve("range.wav");
        TestAudio.writeSineWav(wav, 44_100, 2, 1.0, 330.0);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "range.wav").track();
        }
        String path = "/media/tracks/" + track.id() + "/audio";
        byte[] original = Files.readAllBytes(wav);

        HttpResponse<byte[]> whole =
                HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD).get(path, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.body()).isEqualTo(original);

        HttpResponse<byte[]> part =
                HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD).get(path, "bytes=1000-1999");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + original.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(original, 1000, 2000));

        HttpResponse<byte[]> refused = HttpSession.signIn(port, stranger.username(), TestUsers.PASSWORD)
                .get(path, null);
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void someoneWhoIsNotSignedInGetsNoAudio() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + port + "/media/tracks/" + java.util.UUID.randomUUID() + "/audio"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(response.statusCode()).isNotEqualTo(200);
    }
}
