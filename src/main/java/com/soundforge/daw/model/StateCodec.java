package com.soundforge.daw.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A project's state as the JSON-shaped maps of the README (and back), checking every value on the way in. */
public final class StateCodec {

    private StateCodec() {}

    public static Map<String, @Nullable Object> toMap(ProjectState state) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("id", state.id().toString());
        map.put("seq", state.seq());
        map.putAll(ObjectCodec.settingsMap(state.settings()));
        map.put("tracks", state.tracks().stream().map(ObjectCodec::trackMap).toList());
        map.put("clips", state.clips().stream().map(ObjectCodec::clipMap).toList());
        map.put("markers", state.markers().stream().map(ObjectCodec::markerMap).toList());
        return map;
    }

    public static ProjectState fromMap(Map<?, ?> map) {
        UUID id = Values.uuid(map.get("id"), "id");
        long seq = (long) Values.number(map.get("seq"), "seq", 0, Long.MAX_VALUE);
        ProjectSettings settings = ProjectSettings.defaults();
        for (String prop : ObjectCodec.settingsMap(settings).keySet()) {
            settings = ObjectCodec.withProp(settings, prop, map.get(prop));
        }
        List<DawTrack> tracks = new ArrayList<>();
        for (Map<?, ?> t : list(map.get("tracks"))) {
            DawTrack track =
                    new DawTrack(Values.uuid(t.get("id"), "track.id"), "Track", "#000000", 0, 0, false, false, 0);
            for (String prop : ObjectCodec.trackMap(track).keySet()) {
                if (!prop.equals("id")) {
                    track = ObjectCodec.withProp(track, prop, t.get(prop));
                }
            }
            tracks.add(track);
        }
        List<DawClip> clips = new ArrayList<>();
        for (Map<?, ?> c : list(map.get("clips"))) {
            clips.add(clip(c));
        }
        List<DawMarker> markers = new ArrayList<>();
        for (Map<?, ?> m : list(map.get("markers"))) {
            DawMarker marker = new DawMarker(Values.uuid(m.get("id"), "marker.id"), "Marker", 0);
            marker = ObjectCodec.withProp(marker, "name", m.get("name"));
            markers.add(ObjectCodec.withProp(marker, "position", m.get("position")));
        }
        return new ProjectState(id, seq, settings, tracks, clips, markers);
    }

    private static DawClip clip(Map<?, ?> c) {
        DawClip clip = new DawClip(
                Values.uuid(c.get("id"), "clip.id"),
                Values.uuid(c.get("trackId"), "clip.trackId"),
                "Clip",
                "#000000",
                ObjectCodec.storedSource(c.get("source")),
                0,
                0,
                1,
                0,
                0,
                FadeCurve.LINEAR,
                0,
                FadeCurve.LINEAR,
                false,
                false);
        for (String prop : ObjectCodec.clipMap(clip).keySet()) {
            if (!prop.equals("id") && !prop.equals("source")) {
                clip = ObjectCodec.withProp(clip, prop, c.get(prop));
            }
        }
        return clip;
    }

    private static List<Map<?, ?>> list(@Nullable Object raw) {
        if (!(raw instanceof List<?> items)) {
            throw new InvalidOperationException("Expected a list.");
        }
        List<Map<?, ?>> maps = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new InvalidOperationException("Expected an object in the list.");
            }
            maps.add(m);
        }
        return maps;
    }
}
