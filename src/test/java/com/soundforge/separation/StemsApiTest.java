package com.soundforge.separation;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaWebTest
class StemsApiTest {

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
    void theOwnerListsDownloadsAndZipsTheStemsAndEveryoneElseIsRefused() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        ApiClient ownerApi = ApiClient.forUser(port, keys, owner);
        ApiClient strangerApi = ApiClient.forUser(port, keys, stranger);
        Track track;
        try (InputStream in =
                Files.newInputStream(TestAudio.writeSineWav(work.resolve("api.wav"), 44_100, 2, 1.0, 440))) {
            track = imports.importAudio(owner.id(), in, "api.wav").track();
        }
        String base = "/api/v1/tracks/" + track.id();

        ApiClient.Answer none = ownerApi.get(base + "/stems");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("error").get("code").asString()).isEqualTo("not_found");

        separation.separate(owner.id(), track.id(), f -> {});

        ApiClient.Answer list = ownerApi.get(base + "/stems");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(4);
        assertThat(list.json().get(0).get("stem").asString()).isEqualTo("vocals");
        assertThat(list.json().get(0).get("engine").asString()).isEqualTo("sfa");
        assertThat(list.json().get(0).get("sample_rate_hz").asInt()).isEqualTo(44_100);
        assertThat(list.json().get(0).get("frames").asLong()).isEqualTo(44_100);
        assertThat(list.json().get(0).get("download_url").asString()).isEqualTo(base + "/stems/vocals");

        HttpResponse<byte[]> wav = bytes(owner, base + "/stems/drums", null);
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(new String(wav.body(), 0, 4)).isEqualTo("RIFF");
        assertThat(bytes(owner, base + "/stems/drums", "bytes=0-99").statusCode())
                .isEqualTo(206);
        assertThat(ownerApi.get(base + "/stems/guitar").status()).isEqualTo(404);
        assertThat(ownerApi.get(base + "/stems/instrumental").status()).isEqualTo(404);

        HttpResponse<byte[]> zip = bytes(owner, base + "/stems.zip", null);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(entries(zip.body())).containsExactly("vocals.wav", "drums.wav", "bass.wav", "other.wav");

        assertThat(strangerApi.get(base + "/stems").status()).isEqualTo(403);
        assertThat(strangerApi.get(base + "/stems/vocals").status()).isEqualTo(403);
        assertThat(strangerApi.get(base + "/stems.zip").status()).isEqualTo(403);
        assertThat(HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD)
                        .get("/media/tracks/" + track.id() + "/stems/bass", "bytes=0-9")
                        .statusCode())
                .isEqualTo(206);
        assertThat(HttpSession.signIn(port, stranger.username(), TestUsers.PASSWORD)
                        .get("/media/tracks/" + track.id() + "/stems/bass", null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> unknownStem = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD)
                .get("/media/tracks/" + track.id() + "/stems/kazoo", null);
        assertThat(unknownStem.statusCode()).isEqualTo(404);
        assertThat(new String(unknownStem.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("No such stem.");
    }

    private HttpResponse<byte[]> bytes(UserAccount user, String path, String range) throws Exception {
        String key = keys.create(user.id(), "stems-" + System.nanoTime()).rawKey();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key);
        if (range != null) {
            request.header("Range", range);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
