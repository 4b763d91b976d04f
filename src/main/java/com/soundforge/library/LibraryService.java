package com.soundforge.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's public API for what is in it: listing, search, a track, its waveform and audio, and deletion.
 * Every method takes the acting user's id and only ever touches that user's tracks. Importing is
 * {@link com.soundforge.library.imports.ImportService}'s.
 */
@Service
public class LibraryService {

    private final TrackRepository tracks;
    private final TrackStorage storage;
    private final TrackEvents events;
    private final ApplicationEventPublisher applicationEvents;
    private final TransactionTemplate transaction;

    LibraryService(
            TrackRepository tracks,
            TrackStorage storage,
            TrackEvents events,
            ApplicationEventPublisher applicationEvents,
            TransactionTemplate transaction) {
        this.tracks = tracks;
        this.storage = storage;
        this.events = events;
        this.applicationEvents = applicationEvents;
        this.transaction = transaction;
    }

    public List<Track> list(UUID ownerId, TrackQuery query) {
        return tracks.findPage(ownerId, query);
    }

    public int count(UUID ownerId, String search) {
        return tracks.count(ownerId, TrackQuery.all(search));
    }

    /** How many tracks match the query's search and filters (its sort and window are ignored). */
    public int countMatching(UUID ownerId, TrackQuery query) {
        return tracks.count(ownerId, query);
    }

    /** Whose library the track is in, if it exists (for features that decided already who may read it). */
    public Optional<UUID> ownerOf(UUID trackId) {
        return tracks.findById(trackId).map(stored -> stored.track().ownerId());
    }

    /** The track if it belongs to the user; {@link TrackAccessDeniedException} if it belongs to someone else. */
    public Track get(UUID ownerId, UUID trackId) {
        return owned(ownerId, trackId).track();
    }

    public Optional<Waveform> waveform(UUID ownerId, UUID trackId, int maxPeaks) {
        owned(ownerId, trackId);
        return tracks.findWaveform(trackId, maxPeaks);
    }

    /** The original file as uploaded. */
    public AudioFile audioFile(UUID ownerId, UUID trackId) {
        StoredTrack stored = owned(ownerId, trackId);
        return new AudioFile(
                storage.resolve(stored.storagePath()),
                MediaTypes.forCodec(stored.track().codec()),
                stored.track().fileSizeBytes());
    }

    /** What a browser can play: the original, or a WAV rendition for formats browsers cannot decode. */
    public AudioFile playableAudio(UUID ownerId, UUID trackId) throws IOException {
        StoredTrack stored = owned(ownerId, trackId);
        if (stored.playbackPath() == null) {
            return audioFile(ownerId, trackId);
        }
        Path rendition = storage.resolve(stored.playbackPath());
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
        List<StoredTrack> doomed = tracks.findByOwnerAndIds(ownerId, trackIds);
        List<UUID> ids = doomed.stream().map(stored -> stored.track().id()).toList();
        List<String> files = doomed.stream()
                .<String>mapMulti((stored, file) -> {
                    file.accept(stored.storagePath());
                    if (stored.playbackPath() != null) {
                        file.accept(stored.playbackPath());
                    }
                })
                .distinct()
                .toList();
        int deleted = transaction.execute(status -> {
            int count = tracks.delete(ownerId, ids);
            applicationEvents.publishEvent(new TrackFilesReleased(files));
            return count;
        });
        for (UUID id : ids) {
            events.deleted(ownerId, id);
            applicationEvents.publishEvent(new TrackDeleted(id, ownerId));
        }
        return deleted;
    }

    private StoredTrack owned(UUID ownerId, UUID trackId) {
        StoredTrack stored = tracks.findById(trackId).orElseThrow(TrackNotFoundException::new);
        if (!stored.track().ownerId().equals(ownerId)) {
            throw new TrackAccessDeniedException();
        }
        return stored;
    }
}
