package com.soundforge.library.imports;

import com.soundforge.audio.Tags;
import com.soundforge.library.Track;
import com.soundforge.library.TrackCatalog;
import com.soundforge.library.imports.spotify.SpotifyCatalog;
import com.soundforge.library.imports.spotify.SpotifyLink;
import com.soundforge.library.imports.spotify.SpotifyProperties;
import com.soundforge.library.imports.spotify.SpotifySearch;
import com.soundforge.library.imports.spotify.SpotifyTrack;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Brings audio into a user's library: an upload, a link to an audio file, a web page yt-dlp can fetch (YouTube,
 * SoundCloud…), or a Spotify track or playlist (its audio found by search). Every method takes the acting user's id
 * and only ever adds to that user's library.
 */
@Service
public class ImportService {

    /** The longest link an import stores (the source_url columns). */
    public static final int MAX_URL_LENGTH = 2048;

    private final TrackCatalog catalog;
    private final IncomingFiles files;
    private final TrackIntake intake;
    private final UrlDownloader downloader;
    private final PageDownloader pageDownloader;
    private final SpotifyCatalog spotify;
    private final SpotifyProperties spotifyProperties;
    private final ImportProperties importProperties;

    ImportService(
            TrackCatalog catalog,
            IncomingFiles files,
            TrackIntake intake,
            UrlDownloader downloader,
            PageDownloader pageDownloader,
            SpotifyCatalog spotify,
            SpotifyProperties spotifyProperties,
            ImportProperties importProperties) {
        this.catalog = catalog;
        this.files = files;
        this.intake = intake;
        this.downloader = downloader;
        this.pageDownloader = pageDownloader;
        this.spotify = spotify;
        this.spotifyProperties = spotifyProperties;
        this.importProperties = importProperties;
    }

    /** Streams an upload to disk, validates and analyses it, and adds it to the owner's library. */
    public ImportResult importAudio(UUID ownerId, InputStream content, String fileName) throws ImportException {
        return intake.add(ownerId, UUID.randomUUID(), files.receive(content), fileName, null);
    }

    /**
     * Downloads an audio file and imports it as track {@code trackId}. Running it again for the same id (a retry,
     * or a re-run after a crash) returns the track already imported instead of importing it twice.
     */
    public ImportResult importFromUrl(UUID ownerId, UUID trackId, String url, DownloadProgress progress)
            throws ImportException {
        Optional<Track> done = catalog.find(ownerId, trackId);
        if (done.isPresent()) {
            return new ImportResult(done.get(), false);
        }
        Optional<SpotifyLink> spotifyLink = SpotifyLink.parse(url);
        if (spotifyLink.isPresent()) {
            return importSpotifyTrack(ownerId, trackId, spotifyLink.get(), progress);
        }
        URI uri = UrlDownloader.parse(url);
        if (PageUrls.isPageUrl(uri)) {
            return importPage(ownerId, trackId, uri, url, progress);
        }
        try {
            return intake.add(
                    ownerId, trackId, downloader.download(url, progress), UrlFileNames.of(url), ImportSource.of(url));
        } catch (WebPageException page) {
            if (!pageDownloader.isAvailable()) {
                throw new ImportException(
                        ImportFailure.UNSUPPORTED_SOURCE, page.getMessage() + " " + PageDownloader.INSTALL_HINT);
            }
            return importPage(ownerId, trackId, uri, url, progress);
        }
    }

    /** Whether page links (YouTube, SoundCloud…) can be imported here, i.e. yt-dlp and ffmpeg are installed. */
    public boolean pageImportsAvailable() {
        return pageDownloader.isAvailable();
    }

    private ImportResult importPage(UUID ownerId, UUID trackId, URI uri, String url, DownloadProgress progress)
            throws ImportException {
        if (!importProperties.allowPrivateAddresses()) {
            AddressGuard.requirePublic(uri.getHost());
        }
        PageDownloader.Downloaded page = pageDownloader.download(url, progress);
        return intake.add(ownerId, trackId, page.upload(), page.title(), ImportSource.of(url));
    }

    /**
     * What a link brings in, one source per track: the link itself, or for a Spotify playlist one
     * {@code spotify:track:{id}} per playlist item. Refuses malformed links and unusable Spotify links at once.
     */
    public List<String> resolveImportLink(String url) throws ImportException {
        if (url != null && url.strip().length() > MAX_URL_LENGTH) {
            throw new ImportException(
                    ImportFailure.BAD_URL,
                    "This link is too long: a link has at most " + MAX_URL_LENGTH + " characters.");
        }
        Optional<SpotifyLink> link = SpotifyLink.parse(url);
        if (link.isEmpty()) {
            if (SpotifyLink.looksLikeSpotify(url)) {
                throw new ImportException(
                        ImportFailure.BAD_URL, "Only Spotify track and playlist links can be imported.");
            }
            UrlDownloader.parse(url);
            return List.of(url.trim());
        }
        if (!spotify.isConfigured()) {
            throw new ImportException(ImportFailure.UNSUPPORTED_SOURCE, SpotifyCatalog.NO_CREDENTIALS);
        }
        if (link.get().kind() == SpotifyLink.Kind.TRACK) {
            return List.of(link.get().uri());
        }
        List<String> tracks = spotify.playlist(link.get().id()).stream()
                .map(track -> new SpotifyLink(SpotifyLink.Kind.TRACK, track.id()).uri())
                .toList();
        if (tracks.isEmpty()) {
            throw new ImportException(ImportFailure.BAD_URL, "This Spotify playlist has no tracks to import.");
        }
        return tracks;
    }

    /** Whether Spotify links can be imported here: API credentials, and yt-dlp to find the audio. */
    public boolean spotifyImportsAvailable() {
        return spotify.isConfigured() && pageDownloader.isAvailable();
    }

    private ImportResult importSpotifyTrack(UUID ownerId, UUID trackId, SpotifyLink link, DownloadProgress progress)
            throws ImportException {
        SpotifyTrack track = spotify.track(link.id());
        String search = SpotifySearch.url(spotifyProperties.audioSearch(), track.searchQuery());
        if (!importProperties.allowPrivateAddresses() && search.startsWith("http")) {
            AddressGuard.requirePublic(UrlDownloader.parse(search).getHost());
        }
        PageDownloader.Downloaded audio = pageDownloader.download(search, progress);
        return intake.add(
                ownerId,
                trackId,
                audio.upload(),
                audio.title(),
                new ImportSource(
                        link.uri(),
                        new Tags(track.title(), track.artist(), track.album()),
                        track.isrc(),
                        track.coverUrl()));
    }

    /** The largest file an upload or download may bring. */
    public long maxUploadBytes() {
        return files.maxBytes();
    }

    /** What a refused file over {@link #maxUploadBytes()} is told, e.g. by an upload component that refused it. */
    public String tooLargeMessage() {
        return files.tooLargeMessage();
    }
}
