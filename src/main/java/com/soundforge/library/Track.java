package com.soundforge.library;

import java.time.Instant;
import java.util.UUID;

/**
 * A track in a user's library, with the analysis values the library lists ({@code bpm}, {@code musicalKey} like
 * "Am", {@code camelot} like "8A", integrated loudness {@code lufs}); those are null until analysed. {@code bpm} is
 * the effective tempo: the owner's edited one when {@code bpmEdited}.
 */
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
        String coverUrl,
        Double bpm,
        boolean bpmEdited,
        String musicalKey,
        String camelot,
        Double lufs) {

    /** "analysed" or "edited" (the wire names of REST and the channel); null while there is no BPM. */
    public String bpmSource() {
        return bpm == null ? null : bpmEdited ? "edited" : "analysed";
    }

    public String displayName() {
        return artist == null || artist.isBlank() ? title : artist + " – " + title;
    }
}
