package com.soundforge.daw.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A project as of sequence number {@link #seq()}: its settings, tracks, clips and markers. Instances are never
 * changed once published; {@link Operations} builds the next state from a copy.
 */
public final class ProjectState {

    private final UUID id;
    private long seq;
    private ProjectSettings settings;
    private final Map<UUID, DawTrack> tracks;
    private final Map<UUID, DawClip> clips;
    private final Map<UUID, DawMarker> markers;

    public ProjectState(
            UUID id,
            long seq,
            ProjectSettings settings,
            Collection<DawTrack> tracks,
            Collection<DawClip> clips,
            Collection<DawMarker> markers) {
        this.id = id;
        this.seq = seq;
        this.settings = settings;
        this.tracks = new LinkedHashMap<>();
        this.clips = new LinkedHashMap<>();
        this.markers = new LinkedHashMap<>();
        tracks.forEach(t -> this.tracks.put(t.id(), t));
        clips.forEach(c -> this.clips.put(c.id(), c));
        markers.forEach(m -> this.markers.put(m.id(), m));
    }

    /** A new project: default settings under {@code name}, nothing in it, sequence 0. */
    public static ProjectState empty(UUID id) {
        return new ProjectState(id, 0, ProjectSettings.defaults(), List.of(), List.of(), List.of());
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public ProjectSettings settings() {
        return settings;
    }

    public Collection<DawTrack> tracks() {
        return Collections.unmodifiableCollection(tracks.values());
    }

    public Collection<DawClip> clips() {
        return Collections.unmodifiableCollection(clips.values());
    }

    public Collection<DawMarker> markers() {
        return Collections.unmodifiableCollection(markers.values());
    }

    public Optional<DawTrack> track(UUID trackId) {
        return Optional.ofNullable(tracks.get(trackId));
    }

    public Optional<DawClip> clip(UUID clipId) {
        return Optional.ofNullable(clips.get(clipId));
    }

    public Optional<DawMarker> marker(UUID markerId) {
        return Optional.ofNullable(markers.get(markerId));
    }

    /** Tracks by ascending order, ties broken by id so every screen agrees. */
    public List<DawTrack> tracksInOrder() {
        return tracks.values().stream()
                .sorted((a, b) ->
                        a.order() != b.order() ? Double.compare(a.order(), b.order()) : a.id().compareTo(b.id()))
                .toList();
    }

    public List<DawClip> clipsOf(UUID trackId) {
        return clips.values().stream().filter(c -> c.trackId().equals(trackId)).toList();
    }

    ProjectState copy() {
        return new ProjectState(id, seq, settings, tracks.values(), clips.values(), markers.values());
    }

    void seq(long value) {
        seq = value;
    }

    void settings(ProjectSettings value) {
        settings = value;
    }

    void put(DawTrack track) {
        tracks.put(track.id(), track);
    }

    void put(DawClip clip) {
        clips.put(clip.id(), clip);
    }

    void put(DawMarker marker) {
        markers.put(marker.id(), marker);
    }

    void removeTrack(UUID trackId) {
        tracks.remove(trackId);
        clips.values().removeIf(c -> c.trackId().equals(trackId));
    }

    void removeClip(UUID clipId) {
        clips.remove(clipId);
    }

    void removeMarker(UUID markerId) {
        markers.remove(markerId);
    }

    int trackCount() {
        return tracks.size();
    }

    int clipCount() {
        return clips.size();
    }

    int markerCount() {
        return markers.size();
    }
}
