package com.soundforge.library;

import com.soundforge.audio.WaveformLevel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds tracks to the library, for the imports sub-package: finds what an import already brought in, and adds a new
 * track with its waveform peaks. Public for that sub-package only; other modules go through
 * {@link LibraryService} (ModularityTests).
 */
@Component
public class TrackCatalog {

    private final TrackRepository tracks;
    private final TrackEvents events;
    private final ApplicationEventPublisher applicationEvents;
    private final TransactionTemplate transaction;
    private final TrackStorage storage;

    TrackCatalog(
            TrackRepository tracks,
            TrackEvents events,
            ApplicationEventPublisher applicationEvents,
            TransactionTemplate transaction,
            TrackStorage storage) {
        this.tracks = tracks;
        this.storage = storage;
        this.events = events;
        this.applicationEvents = applicationEvents;
        this.transaction = transaction;
    }

    /** The track with this id if it exists and is the owner's; {@link TrackAccessDeniedException} if another's. */
    public Optional<Track> find(UUID ownerId, UUID trackId) {
        return tracks.findById(trackId).map(stored -> {
            if (!stored.track().ownerId().equals(ownerId)) {
                throw new TrackAccessDeniedException();
            }
            return stored.track();
        });
    }

    /** The owner's track with this content, if they have one. */
    public Optional<Track> findByContent(UUID ownerId, String sha256) {
        return tracks.findByOwnerAndHash(ownerId, sha256);
    }

    /**
     * Adds the track with its waveform levels and publishes {@link TrackImported}, in one transaction with what
     * listeners do on import (the upload's pipeline): a track with its pipeline, or nothing. Its files must be in
     * place already, and are deleted if adding fails, except when it fails with a {@link DuplicateKeyException}
     * (the owner has the same content already, kept at the same paths).
     */
    public Track add(StoredTrack stored, List<WaveformLevel> waveform, boolean viaUrl) {
        Track track = stored.track();
        try {
            transaction.executeWithoutResult(status -> {
                tracks.insert(stored);
                for (WaveformLevel level : waveform) {
                    tracks.insertWaveform(
                            track.id(), new Waveform(level.framesPerPeak(), level.peakCount(), level.peaks()));
                }
                applicationEvents.publishEvent(new TrackImported(track.id(), track.ownerId(), viaUrl));
            });
        } catch (DuplicateKeyException raced) {
            throw raced;
        } catch (RuntimeException e) {
            storage.delete(stored.storagePath());
            if (stored.playbackPath() != null) {
                storage.delete(stored.playbackPath());
            }
            throw e;
        }
        events.created(track);
        return track;
    }
}
