package com.soundforge.daw.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of the editor's library panel: a library track's own audio ({@code stem} null) or one of its stems, with
 * what the editor needs to place a clip of it before the server fills in the same facts.
 */
record SourceRow(
        UUID trackId,
        @Nullable String stem,
        String name,
        String label,
        double duration,
        @Nullable Double bpm,
        @Nullable Double firstBeat) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean isTrack() {
        return stem == null;
    }

    /** The {@code application/x-sfa-source} drag data: {@code {trackId, stem, name, duration, bpm, firstBeat}}. */
    String dragJson() {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("trackId", trackId.toString());
        json.put("stem", stem);
        json.put("name", name);
        json.put("duration", duration);
        json.put("bpm", bpm);
        json.put("firstBeat", firstBeat);
        return JSON.writeValueAsString(json);
    }
}
