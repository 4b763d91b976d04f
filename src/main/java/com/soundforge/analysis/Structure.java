package com.soundforge.analysis;

import java.util.List;

/** Sections, drops and the auto-cue suggestions derived from them. */
public record Structure(List<Section> sections, List<Double> drops, List<CuePoint> cues, List<LoopSuggestion> loops) {

    public enum SectionKind {
        INTRO,
        BUILD,
        DROP,
        BREAKDOWN,
        MAIN,
        OUTRO
    }

    public record Section(double start, double end, SectionKind kind) {}

    /** A suggested hot cue (slot 0..7), snapped to a downbeat that starts a phrase. */
    public record CuePoint(int slot, double time, String label, String color) {}

    /** A suggested loop of {@code beats} beats starting on a beat in a stable region. */
    public record LoopSuggestion(double start, double end, int beats) {}
}
