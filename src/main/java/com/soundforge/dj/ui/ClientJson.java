package com.soundforge.dj.ui;

import com.soundforge.dj.DeckState;
import com.soundforge.dj.DeckState.HotCue;
import com.soundforge.dj.MixerState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Session state as the Lit components read it ({@code deck-types.ts}, {@code mixer-types.ts}): no nulls. */
final class ClientJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ClientJson() {}

    static String deck(DeckState s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deck", s.deck());
        json.put("trackId", s.track() == null ? null : s.track().trackId().toString());
        json.put("playing", s.playing());
        json.put("position", s.position());
        json.put("positionAt", s.positionAt());
        json.put("tempoPercent", s.tempoPercent());
        json.put("tempoRange", s.tempoRange());
        json.put("keyLock", s.keyLock());
        json.put("quantize", s.quantize());
        json.put("cuePoint", s.cuePoint() == null ? 0 : s.cuePoint());
        json.put(
                "loop",
                s.loop() == null
                        ? null
                        : Map.of(
                                "start",
                                s.loop().start(),
                                "end",
                                s.loop().end(),
                                "beats",
                                s.loop().beats() == null ? 0 : s.loop().beats(),
                                "active",
                                s.loop().active()));
        json.put("hotCues", cues(s.hotCues()));
        if (!s.stems().isEmpty()) {
            json.put("stems", s.stems());
        }
        return MAPPER.writeValueAsString(json);
    }

    static List<Map<String, Object>> cues(List<HotCue> cues) {
        return cues.stream()
                .map(c -> Map.<String, Object>of(
                        "slot",
                        c.slot(),
                        "time",
                        c.time(),
                        "color",
                        c.color() == null ? "#e53935" : c.color(),
                        "label",
                        c.label() == null ? "" : c.label()))
                .toList();
    }

    static String mixer(MixerState mixer) {
        return MAPPER.writeValueAsString(mixer);
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
