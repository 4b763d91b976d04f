package com.soundforge.library.imports;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioScanner;
import com.soundforge.audio.ScanResult;
import com.soundforge.audio.Tags;
import com.soundforge.audio.WavTranscoder;
import com.soundforge.audio.WavWriter;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.StorageQuota;
import com.soundforge.library.StoredTrack;
import com.soundforge.library.Track;
import com.soundforge.library.TrackCatalog;
import com.soundforge.library.TrackStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Turns a received file into a track: refuses empty, undecodable, too long and over-quota files, returns the
 * owner's existing track for content they have already, writes a WAV rendition for formats browsers cannot play,
 * and adds the track. The received temporary file is gone afterwards, whatever happened.
 */
@Component
class TrackIntake {

    private final TrackCatalog catalog;
    private final IncomingFiles files;
    private final TrackStorage storage;
    private final StorageQuota quota;
    private final Duration maxDuration;

    TrackIntake(
            TrackCatalog catalog,
            IncomingFiles files,
            TrackStorage storage,
            StorageQuota quota,
            LibraryProperties libraryProperties) {
        this.catalog = catalog;
        this.files = files;
        this.storage = storage;
        this.quota = quota;
        this.maxDuration = libraryProperties.upload().maxDuration();
    }

    ImportResult add(UUID ownerId, UUID trackId, StoredUpload upload, String fileName, ImportSource source)
            throws ImportException {
        try {
            if (upload.sizeBytes() == 0) {
                throw new ImportException(ImportFailure.EMPTY, "The file is empty.");
            }
            Optional<Track> existing = catalog.findByContent(ownerId, upload.sha256());
            if (existing.isPresent()) {
                return new ImportResult(existing.get(), true);
            }
            ScanResult scan = scan(upload, fileName);
            requireAllowedDuration(scan);
            long renditionBytes = StoredFormat.browserPlayable(scan.info())
                    ? 0
                    : WavWriter.fileSize(scan.totalFrames(), scan.info().channels());
            Optional<String> overQuota = quota.overQuota(ownerId, upload.sizeBytes() + renditionBytes, 0, "this track");
            if (overQuota.isPresent()) {
                throw new ImportException(ImportFailure.QUOTA_EXCEEDED, overQuota.get());
            }
            return store(ownerId, trackId, upload, scan, fileName, source);
        } finally {
            files.discard(upload);
        }
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
            throw new ImportException(
                    ImportFailure.TOO_LONG,
                    "This track is " + DurationText.of(scan.durationMs()) + " long; the limit is "
                            + DurationText.of(maxDuration.toMillis()) + ".");
        }
    }

    private ImportResult store(
            UUID ownerId, UUID trackId, StoredUpload upload, ScanResult scan, String fileName, ImportSource source)
            throws ImportException {
        String playbackPath = StoredFormat.browserPlayable(scan.info()) ? null : storeRendition(ownerId, upload, scan);
        String relativePath;
        try {
            relativePath = files.keep(
                    upload, ownerId, StoredFormat.extensionForCodec(scan.info().codec()));
        } catch (IOException e) {
            if (playbackPath != null) {
                storage.delete(playbackPath);
            }
            throw IncomingFiles.storageFailure(e);
        }
        Track track = newTrack(ownerId, trackId, upload, scan, fileName, source);
        try {
            return new ImportResult(
                    catalog.add(
                            new StoredTrack(track, upload.sha256(), relativePath, playbackPath),
                            scan.waveform(),
                            source != null),
                    false);
        } catch (DuplicateKeyException raced) {
            return catalog.findByContent(ownerId, upload.sha256())
                    .map(existing -> new ImportResult(existing, true))
                    .orElseThrow(() -> raced);
        }
    }

    private String storeRendition(UUID ownerId, StoredUpload upload, ScanResult scan) throws ImportException {
        Optional<String> noRoom = quota.lackOfSpace(
                WavWriter.fileSize(scan.totalFrames(), scan.info().channels()), "the playable copy of this track");
        if (noRoom.isPresent()) {
            throw new ImportException(ImportFailure.STORAGE_FULL, noRoom.get());
        }
        Path temp = storage.newTempPath("rendition");
        try {
            WavTranscoder.transcode(upload.tempFile(), temp);
            return storage.keep(temp, ownerId + "/" + upload.sha256() + ".playback.wav");
        } catch (AudioDecodeException e) {
            throw new ImportException(ImportFailures.from(e.reason()), e.getMessage(), e);
        } catch (IOException e) {
            throw IncomingFiles.storageFailure(e);
        } finally {
            TrackStorage.deleteQuietly(temp);
        }
    }

    private static Track newTrack(
            UUID ownerId, UUID trackId, StoredUpload upload, ScanResult scan, String fileName, ImportSource source) {
        Tags tags = source != null && source.tags() != null ? source.tags() : scan.tags();
        boolean linked = source != null;
        return new Track(
                trackId,
                ownerId,
                truncate(tags.title(), 512),
                truncate(tags.artist(), 512),
                truncate(tags.album(), 512),
                truncate(fileName == null ? "upload" : fileName, 1024),
                scan.info().codec(),
                scan.info().sampleRateHz(),
                scan.info().channels(),
                scan.durationMs(),
                upload.sizeBytes(),
                OffsetDateTime.now(ZoneOffset.UTC).toInstant(),
                linked ? truncate(source.url(), 2048) : null,
                linked ? truncate(source.isrc(), 32) : null,
                linked ? truncate(source.coverUrl(), 1024) : null,
                null,
                false,
                null,
                null,
                null);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
