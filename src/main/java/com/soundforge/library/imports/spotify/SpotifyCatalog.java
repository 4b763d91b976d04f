package com.soundforge.library.imports.spotify;

import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportFailure;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.core5.http.ParseException;
import org.springframework.stereotype.Component;
import se.michaelthelin.spotify.SpotifyApi;
import se.michaelthelin.spotify.exceptions.SpotifyWebApiException;
import se.michaelthelin.spotify.exceptions.detailed.BadRequestException;
import se.michaelthelin.spotify.exceptions.detailed.NotFoundException;
import se.michaelthelin.spotify.exceptions.detailed.UnauthorizedException;
import se.michaelthelin.spotify.model_objects.credentials.ClientCredentials;
import se.michaelthelin.spotify.model_objects.specification.ArtistSimplified;
import se.michaelthelin.spotify.model_objects.specification.Image;
import se.michaelthelin.spotify.model_objects.specification.Paging;
import se.michaelthelin.spotify.model_objects.specification.PlaylistTrack;
import se.michaelthelin.spotify.model_objects.specification.Track;

/** Spotify's catalogue through the Web API with the client-credentials flow; the token is kept until it expires. */
@Component
public class SpotifyCatalog {

    public static final String NO_CREDENTIALS = "Spotify links need Spotify Web API credentials on the server: an "
            + "administrator sets sfa.spotify.client-id and sfa.spotify.client-secret (SFA_SPOTIFY_CLIENT_ID / "
            + "SFA_SPOTIFY_CLIENT_SECRET).";
    private static final int PAGE = 100;

    private final SpotifyProperties properties;
    private SpotifyApi api;
    private Instant tokenExpires = Instant.EPOCH;

    SpotifyCatalog(SpotifyProperties properties) {
        this.properties = properties;
    }

    public boolean isConfigured() {
        return properties.hasCredentials();
    }

    public SpotifyTrack track(String id) throws ImportException {
        try {
            return toTrack(api().getTrack(id).build().execute());
        } catch (NotFoundException | BadRequestException e) {
            throw new ImportException(ImportFailure.BAD_URL, "Spotify has no track with the id " + id + ".", e);
        } catch (IOException | SpotifyWebApiException | ParseException e) {
            throw unreachable(e);
        }
    }

    /** Every track of a playlist, page by page; episodes and local files are left out. */
    public List<SpotifyTrack> playlist(String id) throws ImportException {
        List<SpotifyTrack> tracks = new ArrayList<>();
        try {
            int offset = 0;
            Paging<PlaylistTrack> page;
            do {
                page = api().getPlaylistsItems(id)
                        .limit(PAGE)
                        .offset(offset)
                        .build()
                        .execute();
                for (PlaylistTrack item : page.getItems()) {
                    if (item != null
                            && item.getTrack() instanceof Track track
                            && !Boolean.TRUE.equals(item.getIsLocal())) {
                        tracks.add(toTrack(track));
                    }
                }
                offset += page.getItems().length;
            } while (page.getNext() != null && page.getItems().length > 0);
        } catch (NotFoundException | BadRequestException e) {
            throw new ImportException(
                    ImportFailure.BAD_URL,
                    "Spotify has no playlist with the id " + id
                            + " (private playlists cannot be read with app credentials).",
                    e);
        } catch (IOException | SpotifyWebApiException | ParseException e) {
            throw unreachable(e);
        }
        return tracks;
    }

    private synchronized SpotifyApi api() throws ImportException, IOException, SpotifyWebApiException, ParseException {
        if (!properties.hasCredentials()) {
            throw new ImportException(ImportFailure.UNSUPPORTED_SOURCE, NO_CREDENTIALS);
        }
        if (api == null || Instant.now().isAfter(tokenExpires)) {
            URI apiUrl = properties.apiUrl();
            SpotifyApi fresh = new SpotifyApi.Builder()
                    .setClientId(properties.clientId())
                    .setClientSecret(properties.clientSecret())
                    .setScheme(apiUrl.getScheme())
                    .setHost(apiUrl.getHost())
                    .setPort(port(apiUrl))
                    .setHttpManager(new AccountsRedirectingHttpManager(
                            SpotifyApi.DEFAULT_HTTP_MANAGER, properties.accountsUrl()))
                    .build();
            ClientCredentials credentials;
            try {
                credentials = fresh.clientCredentials().build().execute();
            } catch (UnauthorizedException | BadRequestException e) {
                throw new ImportException(
                        ImportFailure.UNSUPPORTED_SOURCE,
                        "Spotify refused the configured credentials (" + e.getMessage() + ").",
                        e);
            }
            fresh.setAccessToken(credentials.getAccessToken());
            tokenExpires = Instant.now().plusSeconds(Math.max(60, credentials.getExpiresIn() - 60));
            api = fresh;
        }
        return api;
    }

    private static ImportException unreachable(Exception e) {
        return new ImportException(ImportFailure.DOWNLOAD, "Spotify could not be asked: " + e.getMessage(), e);
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static SpotifyTrack toTrack(Track track) {
        List<String> artists =
                Arrays.stream(track.getArtists()).map(ArtistSimplified::getName).toList();
        String isrc = track.getExternalIds() == null
                ? null
                : track.getExternalIds().getExternalIds().get("isrc");
        Image[] images = track.getAlbum() == null ? null : track.getAlbum().getImages();
        String cover = images == null || images.length == 0 ? null : images[0].getUrl();
        return new SpotifyTrack(
                track.getId(),
                track.getName(),
                artists,
                track.getAlbum() == null ? null : track.getAlbum().getName(),
                isrc,
                track.getDurationMs() == null ? 0 : track.getDurationMs(),
                cover);
    }
}
