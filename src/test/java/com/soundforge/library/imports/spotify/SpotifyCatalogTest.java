package com.soundforge.library.imports.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportFailure;
import com.soundforge.support.AudioHttpServer;
import com.soundforge.support.FakeSpotify;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpotifyCatalogTest {

    AudioHttpServer spotify;

    @BeforeEach
    void start() throws Exception {
        spotify = new AudioHttpServer();
        FakeSpotify.serve(spotify);
    }

    @AfterEach
    void stop() {
        spotify.close();
    }

    @Test
    void aTracksCatalogueFactsComeFromTheWebApi() throws Exception {
        SpotifyTrack track = catalog("client", "secret").track(FakeSpotify.TRACK_ID);

        assertThat(track.title()).isEqualTo("Night Drive");
        assertThat(track.artists()).containsExactly("Aurora Lines", "Kite Theory");
        assertThat(track.artist()).isEqualTo("Aurora Lines, Kite Theory");
        assertThat(track.album()).isEqualTo("Midnight Signals");
        assertThat(track.isrc()).isEqualTo("GBUM72400123");
        assertThat(track.durationMs()).isEqualTo(1045);
        assertThat(track.coverUrl()).endsWith("ab67616d0000b273aaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(track.searchQuery()).isEqualTo("Aurora Lines - Night Drive");
        assertThat(spotify.hits("/api/token")).isEqualTo(1);
    }

    @Test
    void aPlaylistListsEveryTrackAndTheTokenIsReused() throws Exception {
        SpotifyCatalog catalog = catalog("client", "secret");

        assertThat(catalog.playlist(FakeSpotify.PLAYLIST_ID))
                .extracting(SpotifyTrack::title)
                .containsExactly("Night Drive", "Dawn Patrol");
        catalog.track(FakeSpotify.TRACK_ID);
        assertThat(spotify.hits("/api/token")).isEqualTo(1);
    }

    @Test
    void withoutCredentialsTheUserIsToldWhatIsMissing() {
        assertThatThrownBy(() -> catalog(null, null).track(FakeSpotify.TRACK_ID))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.UNSUPPORTED_SOURCE);
                    assertThat(e.getMessage()).contains("sfa.spotify.client-id");
                });
        assertThat(spotify.hits("/api/token")).isZero();
    }

    @Test
    void unknownTracksAndRefusedCredentialsGetClearErrors() throws Exception {
        assertThatThrownBy(() -> catalog("client", "secret").track("0000000000000000000000"))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL));
        try (AudioHttpServer refusing = new AudioHttpServer()) {
            refusing.status(
                    "/api/token",
                    400,
                    "application/json",
                    "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}".getBytes());
            SpotifyCatalog catalog = new SpotifyCatalog(new SpotifyProperties(
                    "client",
                    "wrong",
                    URI.create(refusing.url("")),
                    URI.create(refusing.url("")),
                    "ytsearch1:{query}"));
            assertThatThrownBy(() -> catalog.track(FakeSpotify.TRACK_ID))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ImportFailure.UNSUPPORTED_SOURCE);
                        assertThat(e.getMessage()).contains("refused the configured credentials");
                    });
        }
    }

    @Test
    void linksAreRecognisedInTheirWebAndUriForms() {
        assertThat(SpotifyLink.parse("https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT?si=abc"))
                .contains(new SpotifyLink(SpotifyLink.Kind.TRACK, "4cOdK2wGLETKBW3PvgPWqT"));
        assertThat(SpotifyLink.parse("https://open.spotify.com/intl-de/playlist/37i9dQZF1DXcBWIGoYBM5M"))
                .contains(new SpotifyLink(SpotifyLink.Kind.PLAYLIST, "37i9dQZF1DXcBWIGoYBM5M"));
        assertThat(SpotifyLink.parse("spotify:track:4cOdK2wGLETKBW3PvgPWqT")).isPresent();
        assertThat(SpotifyLink.parse("https://open.spotify.com/album/2up3OPMp9Tb4dAKM2erWXQ"))
                .isEmpty();
        assertThat(SpotifyLink.looksLikeSpotify("https://open.spotify.com/album/2up3OPMp9Tb4dAKM2erWXQ"))
                .isTrue();
        assertThat(SpotifySearch.url("http://127.0.0.1:1/search?q={query}", "A & B - Title"))
                .isEqualTo("http://127.0.0.1:1/search?q=A+%26+B+-+Title");
        assertThat(SpotifySearch.url("ytsearch1:{query}", "A - B")).isEqualTo("ytsearch1:A - B");
    }

    private SpotifyCatalog catalog(String id, String secret) {
        URI local = URI.create(spotify.url(""));
        return new SpotifyCatalog(new SpotifyProperties(id, secret, local, local, "ytsearch1:{query}"));
    }
}
