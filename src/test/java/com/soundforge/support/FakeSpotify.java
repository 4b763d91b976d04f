package com.soundforge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spotify's Web API as a local HTTP server answering in Spotify's real JSON formats (the token endpoint, a
 * track, a playlist's items), and a search page whose audio yt-dlp finds, standing in for YouTube.
 */
public final class FakeSpotify {

    public static final String TRACK_ID = "4cOdK2wGLETKBW3PvgPWqT";
    public static final String PLAYLIST_ID = "37i9dQZF1DXcBWIGoYBM5M";

    private FakeSpotify() {}

    public static void serve(AudioHttpServer server) {
        String json = "application/json; charset=utf-8";
        server.status("/api/token", 200, json, read("token.json"))
                .status("/v1/tracks/" + TRACK_ID, 200, json, read("track.json"))
                .status(
                        "/v1/tracks/7ouMYWpwJ422jRcDASZB7P",
                        200,
                        json,
                        new String(read("track.json"))
                                .replace(TRACK_ID, "7ouMYWpwJ422jRcDASZB7P")
                                .replace("Night Drive", "Dawn Patrol")
                                .getBytes())
                .status("/v1/playlists/" + PLAYLIST_ID + "/tracks", 200, json, read("playlist-tracks.json"))
                .status(
                        "/v1/tracks/0000000000000000000000",
                        404,
                        json,
                        "{\"error\":{\"status\":404,\"message\":\"Resource not found\"}}".getBytes())
                .status("/search/tone.mp3", 200, "audio/mpeg", mp3())
                .status(
                        "/search",
                        200,
                        "text/html",
                        ("<html><head><title>Search result</title></head><body>"
                                        + "<audio controls src=\"/search/tone.mp3\"></audio></body></html>")
                                .getBytes());
    }

    private static byte[] read(String name) {
        try (var in = FakeSpotify.class.getResourceAsStream("/spotify/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] mp3() {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/audio/tone-stereo-44k.mp3"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
