package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.library.Track;
import java.time.Instant;
import java.util.UUID;

/** A track on the wire (snake_case, as in the channel API); {@code bpm_source} is "analysed" or "edited". */
record TrackJson(
        UUID id,
        String title,
        String artist,
        String album,
        String codec,
        @JsonProperty("sample_rate_hz") int sampleRateHz,
        int channels,
        @JsonProperty("duration_ms") long durationMs,
        @JsonProperty("file_size_bytes") long fileSizeBytes,
        @JsonProperty("original_filename") String originalFilename,
        @JsonProperty("created_at") Instant createdAt,
        Double bpm,
        @JsonProperty("bpm_source") String bpmSource,
        String key,
        String camelot,
        Double lufs) {

    static TrackJson of(Track t) {
        return new TrackJson(
                t.id(),
                t.title(),
                t.artist(),
                t.album(),
                t.codec(),
                t.sampleRateHz(),
                t.channels(),
                t.durationMs(),
                t.fileSizeBytes(),
                t.originalFilename(),
                t.createdAt(),
                t.bpm(),
                t.bpmSource(),
                t.musicalKey(),
                t.camelot(),
                t.lufs());
    }
}
