package com.soundforge.library;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioScanner;
import com.soundforge.audio.ScanResult;
import com.soundforge.audio.Tags;
import com.soundforge.audio.WavTranscoder;
import com.soundforge.audio.WavWriter;
import com.soundforge.audio.WaveformLevel;
import com.soundforge.db.tables.records.TrackRecord;
import com.soundforge.library.spotify.SpotifyCatalog;
import com.soundforge.library.spotify.SpotifyLink;
import com.soundforge.library.spotify.SpotifyProperties;
import com.soundforge.library.spotify.SpotifySearch;
import com.soundforge.library.spotify.SpotifyTrack;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's public API. Every method takes the acting user's id and only ever touches that user's tracks.
 */
@Service
public class LibraryService {

    /** The longest link an import stores (the source_url columns). */
    public static final int MAX_URL_LENGTH = 2048;

    private final TrackRepository tracks;
    private final TrackStorage storage;
    private final UrlDownloader downloader;
    private final PageDownloader pageDownloader;
    private final SpotifyCatalog spotify;
    private final SpotifyProperties spotifyProperties;
    private final ImportProperties importProperties;
    private final TrackEvents events;
    private final ApplicationEventPublisher applicationEvents;
    private final TransactionTemplate transaction;
    private final StorageQuota quota;
    private final Duration maxDuration;

    LibraryService(TrackRepository tracks, TrackStorage storage, UrlDownloader downloader,
            PageDownloader pageDownloader, SpotifyCatalog spotify, SpotifyProperties spotifyProperties,
            ImportProperties importProperties, TrackEvents events, ApplicationEventPublisher applicationEvents,
            TransactionTemplate transaction, StorageQuota quota, LibraryProperties libraryProperties) {
        this.tracks = tracks;
        this.storage = storage;
        this.downloader = downloader;
        this.pageDownloader = pageDownloader;
        this.spotify = spotify;
        this.spotifyProperties = spotifyProperties;
        this.importProperties = importProperties;
        this.events = events;
        this.applicationEvents = applicationEvents;
        this.transaction = transaction;
        this.quota = quota;
        this.maxDuration = libraryProperties.upload().maxDuration();
    }

    /** Streams an upload to disk, validates and analyses it, and adds it to the owner's library. */
    public ImportResult importAudio(UUID ownerId, InputStream content, String fileName) throws ImportException {
        return importReceived(ownerId, UUID.randomUUID(), storage.receive(content), fileName, null);
    }

    /**
     * Downloads an audio file and imports it as track {@code trackId}. Running it again for the same id (a retry,
     * or a re-run after a crash) returns the track already imported instead of importing it twice.
     */
    public ImportResult importFromUrl(UUID ownerId, UUID trackId, String url, DownloadProgress progress)
            throws ImportException {
        Optional<TrackRecord> done = tracks.findById(trackId);
        if (done.isPresent()) {
            return new ImportResult(TrackRepository.toTrack(owned(ownerId, trackId)), false);
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
            return importReceived(ownerId, trackId, downloader.download(url, progress), UrlFileNames.of(url),
                    ImportSource.of(url));
        } catch (WebPageException page) {
            if (!pageDownloader.isAvailable()) {
                throw new ImportException(ImportFailure.UNSUPPORTED_SOURCE,
                        page.getMessage() + " " + PageDownloader.INSTALL_HINT);
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
        return importReceived(ownerId, trackId, page.upload(), page.title(), ImportSource.of(url));
    }

    /**
     * What a link brings in, one source per track: the link itself, or for a Spotify playlist one
     * {@code spotify:track:{id}} per playlist item. Refuses malformed links and unusable Spotify links at once.
     */
    public List<String> resolveImportLink(String url) throws ImportException {
        if (url != null && url.strip().length() > MAX_URL_LENGTH) {
            throw new ImportException(ImportFailure.BAD_URL,
                    "This link is too long: a link has at most " + MAX_URL_LENGTH + " characters.");
        }
        Optional<SpotifyLink> link = SpotifyLink.parse(url);
        if (link.isEmpty()) {
            if (SpotifyLink.looksLikeSpotify(url)) {
                throw new ImportException(ImportFailure.BAD_URL, "Only Spotify track and playlist links can be imported.");
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
                .map(track -> new SpotifyLink(SpotifyLink.Kind.TRACK, track.id()).uri()).toList();
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
        return importReceived(ownerId, trackId, audio.upload(), audio.title(),
                new ImportSource(link.uri(), new Tags(track.title(), track.artist(), track.album()), track.isrc(),
                        track.coverUrl()));
    }

    private ImportResult importReceived(UUID ownerId, UUID trackId, StoredUpload upload, String fileName,
            ImportSource source) throws ImportException {
        try {
            if (upload.sizeBytes() == 0) {
                throw new ImportException(ImportFailure.EMPTY, "The file is empty.");
            }
            Optional<TrackRecord> existing = tracks.findByOwnerAndHash(ownerId, upload.sha256());
            if (existing.isPresent()) {
                return new ImportResult(TrackRepository.toTrack(existing.get()), true);
            }
            ScanResult scan = scan(upload, fileName);
            requireAllowedDuration(scan);
            long renditionBytes = MediaTypes.browserPlayable(scan.info()) ? 0
                    : WavWriter.fileSize(scan.totalFrames(), scan.info().channels());
            Optional<String> overQuota = quota.overQuota(ownerId, upload.sizeBytes() + renditionBytes, 0,
                    "this track");
            if (overQuota.isPresent()) {
                throw new ImportException(ImportFailure.QUOTA_EXCEEDED, overQuota.get());
            }
            return store(ownerId, trackId, upload, scan, fileName, source);
        } finally {
            storage.discard(upload);
        }
    }

    public long maxUploadBytes() {
        return storage.maxBytes();
    }

    public String tooLargeMessage() {
        return storage.tooLargeMessage();
    }

    public List<Track> list(UUID ownerId, TrackQuery query) {
        return tracks.findPage(ownerId, query).stream().map(TrackRepository::toTrack).toList();
    }

    public int count(UUID ownerId, String search) {
        return tracks.count(ownerId, TrackQuery.all(search));
    }

    /** How many tracks match the query's search and filters (its sort and window are ignored). */
    public int countMatching(UUID ownerId, TrackQuery query) {
        return tracks.count(ownerId, query);
    }

    /** The track if it belongs to the user; {@link TrackAccessDeniedException} if it belongs to someone else. */
    public Track get(UUID ownerId, UUID trackId) {
        return TrackRepository.toTrack(owned(ownerId, trackId));
    }

    public Optional<Waveform> waveform(UUID ownerId, UUID trackId, int maxPeaks) {
        owned(ownerId, trackId);
        return tracks.findWaveform(trackId, maxPeaks);
    }

    /** The original file as uploaded. */
    public AudioFile audioFile(UUID ownerId, UUID trackId) {
        TrackRecord track = owned(ownerId, trackId);
        return new AudioFile(storage.resolve(track.getStoragePath()), MediaTypes.forCodec(track.getCodec()),
                track.getFileSizeBytes());
    }

    /** What a browser can play: the original, or a WAV rendition for formats browsers cannot decode. */
    public AudioFile playableAudio(UUID ownerId, UUID trackId) throws IOException {
        TrackRecord track = owned(ownerId, trackId);
        if (track.getPlaybackPath() == null) {
            return audioFile(ownerId, trackId);
        }
        Path rendition = storage.resolve(track.getPlaybackPath());
        return new AudioFile(rendition, "audio/wav", Files.size(rendition));
    }

    /**
     * Deletes the user's tracks among the ids, with their files; ids of other users' tracks are ignored. A file that
     * cannot be removed now (read-only or failing storage) is logged and removed later ({@link PendingFileDeletions}).
     */
    public int delete(UUID ownerId, Collection<UUID> trackIds) {
        if (trackIds.isEmpty()) {
            return 0;
        }
        List<TrackRecord> doomed = tracks.findByOwnerAndIds(ownerId, trackIds);
        List<UUID> ids = doomed.stream().map(TrackRecord::getId).toList();
        List<String> files = doomed.stream().<String>mapMulti((track, file) -> {
            file.accept(track.getStoragePath());
            if (track.getPlaybackPath() != null) {
                file.accept(track.getPlaybackPath());
            }
        }).distinct().toList();
        int deleted = transaction.execute(status -> {
            int count = tracks.delete(ownerId, ids);
            applicationEvents.publishEvent(new TrackFilesReleased(files));
            return count;
        });
        for (TrackRecord track : doomed) {
            events.deleted(ownerId, track.getId());
            applicationEvents.publishEvent(new TrackDeleted(track.getId(), ownerId));
        }
        return deleted;
    }

    private TrackRecord owned(UUID ownerId, UUID trackId) {
        TrackRecord track = tracks.findById(trackId).orElseThrow(TrackNotFoundException::new);
        if (!track.getOwnerId().equals(ownerId)) {
            throw new TrackAccessDeniedException();
        }
        return track;
    }

    private ScanResult scan(StoredUpload upload, String fileName) throws ImportException {
        try {
            return AudioScanner.scan(upload.tempFile(), fileName);
        } catch (AudioDecodeException e) {
            throw new ImportException(ImportFailures.from(e.reason()), e.getMessage(), e);
        }
    }

    private void requireAllowedDuration(ScanResult scan) throws ImportException {
        if (scan.durationMs() > maxDuration.toMillis()) {
            throw new ImportException(ImportFailure.TOO_LONG, "This track is " + DurationText.of(scan.durationMs())
                    + " long; the limit is " + DurationText.of(maxDuration.toMillis()) + ".");
        }
    }

    private ImportResult store(UUID ownerId, UUID trackId, StoredUpload upload, ScanResult scan, String fileName,
            ImportSource source) throws ImportException {
        String playbackPath = MediaTypes.browserPlayable(scan.info()) ? null : storeRendition(ownerId, upload, scan);
        String relativePath;
        try {
            relativePath = storage.keep(upload, ownerId, MediaTypes.extensionForCodec(scan.info().codec()));
        } catch (IOException e) {
            deleteIfPresent(playbackPath);
            throw TrackStorage.storageFailure(e);
        }
        TrackRecord record = newTrackRecord(ownerId, upload, scan, fileName, relativePath, source);
        record.setId(trackId);
        record.setPlaybackPath(playbackPath);
        try {
            // one transaction with what listeners do on import (the upload's pipeline): a track with its pipeline,
            // or nothing
            transaction.executeWithoutResult(status -> {
                tracks.insert(record);
                for (WaveformLevel level : scan.waveform()) {
                    tracks.insertWaveform(record.getId(),
                            new Waveform(level.framesPerPeak(), level.peakCount(), level.peaks()));
                }
                applicationEvents.publishEvent(new TrackImported(record.getId(), ownerId, source != null));
            });
        } catch (DuplicateKeyException raced) {
            return tracks.findByOwnerAndHash(ownerId, upload.sha256())
                    .map(r -> new ImportResult(TrackRepository.toTrack(r), true))
                    .orElseThrow(() -> raced);
        } catch (RuntimeException e) {
            storage.delete(relativePath);
            deleteIfPresent(playbackPath);
            throw e;
        }
        Track track = TrackRepository.toTrack(record);
        events.created(track);
        return new ImportResult(track, false);
    }

    private String storeRendition(UUID ownerId, StoredUpload upload, ScanResult scan) throws ImportException {
        Optional<String> noRoom = quota.lackOfSpace(WavWriter.fileSize(scan.totalFrames(), scan.info().channels()),
                "the playable copy of this track");
        if (noRoom.isPresent()) {
            throw new ImportException(ImportFailure.STORAGE_FULL, noRoom.get());
        }
        Path temp = storage.newTempFile();
        try {
            WavTranscoder.transcode(upload.tempFile(), temp);
            return storage.keep(temp, ownerId + "/" + upload.sha256() + ".playback.wav");
        } catch (AudioDecodeException e) {
            throw new ImportException(ImportFailures.from(e.reason()), e.getMessage(), e);
        } catch (IOException e) {
            throw TrackStorage.storageFailure(e);
        } finally {
            TrackStorage.deleteQuietly(temp);
        }
    }

    private void deleteIfPresent(String relativePath) {
        if (relativePath != null) {
            storage.delete(relativePath);
        }
    }

    private TrackRecord newTrackRecord(UUID ownerId, StoredUpload upload, ScanResult scan, String fileName,
            String relativePath, ImportSource source) {
        Tags tags = source != null && source.tags() != null ? source.tags() : scan.tags();
        TrackRecord r = tracks.newRecord();
        r.setId(UUID.randomUUID());
        r.setOwnerId(ownerId);
        r.setTitle(truncate(tags.title(), 512));
        r.setArtist(truncate(tags.artist(), 512));
        r.setAlbum(truncate(tags.album(), 512));
        if (source != null) {
            r.setSourceUrl(truncate(source.url(), 2048));
            r.setIsrc(truncate(source.isrc(), 32));
            r.setCoverUrl(truncate(source.coverUrl(), 1024));
        }
        r.setOriginalFilename(truncate(fileName == null ? "upload" : fileName, 1024));
        r.setCodec(scan.info().codec());
        r.setSampleRateHz(scan.info().sampleRateHz());
        r.setChannels(scan.info().channels());
        r.setDurationMs(scan.durationMs());
        r.setFileSizeBytes(upload.sizeBytes());
        r.setContentHash(upload.sha256());
        r.setStoragePath(relativePath);
        r.setCreatedAt(TrackRepository.now());
        return r;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
