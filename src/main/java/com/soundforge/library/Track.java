package com.soundforge.library;

import java.time.Instant;
import java.util.UUID;

/** A track in a user's library. */
public record Track(
        UUID id,
        UUID ownerId,
        String title,
        String artist,
        String album,
        String originalFilename,
        String codec,
        int sampleRateHz,
        int channels,
        long durationMs,
        long fileSizeBytes,
        Instant createdAt,
        String sourceUrl,
        String isrc,
        String coverUrl) {

    public String displayName() {
        return artist == null || artist.isBlank() ? title : artist + " – " + title;
    }
}
