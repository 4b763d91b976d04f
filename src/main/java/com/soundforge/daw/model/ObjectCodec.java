package com.soundforge.daw.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every property of every object: how it is read from its JSON value (refusing out-of-range values) and written
 * back. Adding an object applies its properties one by one over the defaults, so an add and a set check a value
 * the same way.
 */
public final class ObjectCodec {

    static final Set<String> STEMS = Set.of("vocals", "drums", "bass", "other");
    static final String DEFAULT_COLOR = "#4a90d9";

    private ObjectCodec() {}

    static ProjectSettings withProp(ProjectSettings p, String prop, @Nullable Object v) {
        return switch (prop) {
            case "name" ->
                new ProjectSettings(
                        Values.name(v, "name"), p.bpm(), p.meter(), p.sampleRate(), p.masterDb(), p.loop(), p.loopOn());
            case "bpm" ->
                new ProjectSettings(
                        p.name(),
                        Values.number(v, "bpm", 20, 999),
                        p.meter(),
                        p.sampleRate(),
                        p.masterDb(),
                        p.loop(),
                        p.loopOn());
            case "meter" ->
                new ProjectSettings(
                        p.name(), p.bpm(), Values.meter(v), p.sampleRate(), p.masterDb(), p.loop(), p.loopOn());
            case "sampleRate" ->
                new ProjectSettings(p.name(), p.bpm(), p.meter(), sampleRate(v), p.masterDb(), p.loop(), p.loopOn());
            case "masterDb" ->
                new ProjectSettings(
                        p.name(),
                        p.bpm(),
                        p.meter(),
                        p.sampleRate(),
                        Values.number(v, "masterDb", -96, 6),
                        p.loop(),
                        p.loopOn());
            case "loop" ->
                new ProjectSettings(
                        p.name(), p.bpm(), p.meter(), p.sampleRate(), p.masterDb(), Values.loop(v), p.loopOn());
            case "loopOn" ->
                new ProjectSettings(
                        p.name(), p.bpm(), p.meter(), p.sampleRate(), p.masterDb(), p.loop(), Values.bool(v, "loopOn"));
            default -> throw unknown("project", prop);
        };
    }

    static DawTrack withProp(DawTrack t, String prop, @Nullable Object v) {
        return switch (prop) {
            case "name" ->
                new DawTrack(
                        t.id(),
                        Values.name(v, "name"),
                        t.color(),
                        t.volumeDb(),
                        t.pan(),
                        t.mute(),
                        t.solo(),
                        t.order());
            case "color" ->
                new DawTrack(
                        t.id(),
                        t.name(),
                        Values.color(v, "color"),
                        t.volumeDb(),
                        t.pan(),
                        t.mute(),
                        t.solo(),
                        t.order());
            case "volumeDb" ->
                new DawTrack(
                        t.id(),
                        t.name(),
                        t.color(),
                        Values.number(v, "volumeDb", -96, 6),
                        t.pan(),
                        t.mute(),
                        t.solo(),
                        t.order());
            case "pan" ->
                new DawTrack(
                        t.id(),
                        t.name(),
                        t.color(),
                        t.volumeDb(),
                        Values.number(v, "pan", -1, 1),
                        t.mute(),
                        t.solo(),
                        t.order());
            case "mute" ->
                new DawTrack(
                        t.id(),
                        t.name(),
                        t.color(),
                        t.volumeDb(),
                        t.pan(),
                        Values.bool(v, "mute"),
                        t.solo(),
                        t.order());
            case "solo" ->
                new DawTrack(
                        t.id(),
                        t.name(),
                        t.color(),
                        t.volumeDb(),
                        t.pan(),
                        t.mute(),
                        Values.bool(v, "solo"),
                        t.order());
            case "order" ->
                new DawTrack(
                        t.id(),
                        t.name(),
                        t.color(),
                        t.volumeDb(),
                        t.pan(),
                        t.mute(),
                        t.solo(),
                        Values.finite(v, "order"));
            default -> throw unknown("track", prop);
        };
    }

    static DawClip withProp(DawClip c, String prop, @Nullable Object v) {
        ClipBuilder b = new ClipBuilder(c);
        switch (prop) {
            case "trackId" -> b.trackId = Values.uuid(v, "trackId");
            case "name" -> b.name = Values.name(v, "name");
            case "color" -> b.color = Values.color(v, "color");
            case "position" -> b.position = Values.seconds(v, "position");
            case "offset" -> b.offset = Values.seconds(v, "offset");
            case "length" -> b.length = Values.number(v, "length", DawClipRules.MIN_LENGTH, Values.MAX_SECONDS);
            case "gainDb" -> b.gainDb = Values.number(v, "gainDb", -60, 12);
            case "fadeIn" -> b.fadeIn = Values.seconds(v, "fadeIn");
            case "fadeInCurve" -> b.fadeInCurve = Values.curve(v, "fadeInCurve");
            case "fadeOut" -> b.fadeOut = Values.seconds(v, "fadeOut");
            case "fadeOutCurve" -> b.fadeOutCurve = Values.curve(v, "fadeOutCurve");
            case "mute" -> b.mute = Values.bool(v, "mute");
            case "warp" -> b.warp = Values.bool(v, "warp");
            case "source" -> throw new InvalidOperationException("A clip's source is set when it is added.");
            default -> throw unknown("clip", prop);
        }
        return b.build();
    }

    static DawMarker withProp(DawMarker m, String prop, @Nullable Object v) {
        return switch (prop) {
            case "name" -> new DawMarker(m.id(), Values.name(v, "name"), m.position());
            case "position" -> new DawMarker(m.id(), m.name(), Values.seconds(v, "position"));
            default -> throw unknown("marker", prop);
        };
    }

    public static Map<String, @Nullable Object> settingsMap(ProjectSettings p) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("name", p.name());
        map.put("bpm", p.bpm());
        map.put("meter", p.meter().wire());
        map.put("sampleRate", p.sampleRate());
        map.put("masterDb", p.masterDb());
        LoopRegion loop = p.loop();
        map.put("loop", loop == null ? null : Map.of("start", loop.start(), "end", loop.end()));
        map.put("loopOn", p.loopOn());
        return map;
    }

    public static Map<String, @Nullable Object> trackMap(DawTrack t) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("id", t.id().toString());
        map.put("name", t.name());
        map.put("color", t.color());
        map.put("volumeDb", t.volumeDb());
        map.put("pan", t.pan());
        map.put("mute", t.mute());
        map.put("solo", t.solo());
        map.put("order", t.order());
        return map;
    }

    public static Map<String, @Nullable Object> clipMap(DawClip c) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("id", c.id().toString());
        map.put("trackId", c.trackId().toString());
        map.put("name", c.name());
        map.put("color", c.color());
        map.put("source", sourceMap(c.source()));
        map.put("position", c.position());
        map.put("offset", c.offset());
        map.put("length", c.length());
        map.put("gainDb", c.gainDb());
        map.put("fadeIn", c.fadeIn());
        map.put("fadeInCurve", c.fadeInCurve().wire());
        map.put("fadeOut", c.fadeOut());
        map.put("fadeOutCurve", c.fadeOutCurve().wire());
        map.put("mute", c.mute());
        map.put("warp", c.warp());
        return map;
    }

    public static Map<String, @Nullable Object> markerMap(DawMarker m) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("id", m.id().toString());
        map.put("name", m.name());
        map.put("position", m.position());
        return map;
    }

    static Map<String, @Nullable Object> sourceMap(ClipSource s) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("trackId", s.trackId().toString());
        map.put("stem", s.stem());
        map.put("duration", s.duration());
        map.put("bpm", s.bpm());
        map.put("firstBeat", s.firstBeat());
        return map;
    }

    /** Reads a clip's source as stored (the server filled it in when the clip was added). */
    static ClipSource storedSource(@Nullable Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidOperationException("source must be {trackId, stem}.");
        }
        return new ClipSource(
                Values.uuid(map.get("trackId"), "source.trackId"),
                Values.stem(map.get("stem")),
                Values.seconds(map.get("duration"), "source.duration"),
                optionalNumber(map.get("bpm"), "source.bpm"),
                optionalNumber(map.get("firstBeat"), "source.firstBeat"));
    }

    static UUID sourceTrackId(@Nullable Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidOperationException("source must be {trackId, stem}.");
        }
        return Values.uuid(map.get("trackId"), "source.trackId");
    }

    static @Nullable String sourceStem(@Nullable Object raw) {
        return raw instanceof Map<?, ?> map ? Values.stem(map.get("stem")) : null;
    }

    private static @Nullable Double optionalNumber(@Nullable Object raw, String name) {
        return raw == null ? null : Values.number(raw, name, 0, 100_000);
    }

    private static int sampleRate(@Nullable Object raw) {
        if (!(raw instanceof Number number) || (number.doubleValue() != 44_100 && number.doubleValue() != 48_000)) {
            throw new InvalidOperationException("sampleRate must be 44100 or 48000.");
        }
        return number.intValue();
    }

    private static InvalidOperationException unknown(String kind, String prop) {
        return new InvalidOperationException("A " + kind + " has no property '" + prop + "'.");
    }
}
