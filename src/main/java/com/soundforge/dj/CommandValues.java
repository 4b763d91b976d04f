package com.soundforge.dj;

import com.soundforge.dj.DeckState.HotCue;
import java.util.Comparator;
import java.util.List;

/** The checks every value of a DJ command passes: the browser is not trusted, so out-of-range values are refused. */
final class CommandValues {

    private static final String DEFAULT_HOT_CUE_COLOUR = "#e53935";
    /** Slack for values the browser computed in floating point and that land a hair outside their range. */
    private static final double ROUNDING_SLACK = 1e-9;

    private CommandValues() {}

    /** {@code value} when it lies in {@code min…max} (clamped by the rounding slack), else a clear refusal. */
    static double range(String what, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min - ROUNDING_SLACK || value > max + ROUNDING_SLACK) {
            throw new IllegalArgumentException("%s %s is outside %s…%s".formatted(what, value, min, max));
        }
        return Math.max(min, Math.min(max, value));
    }

    /** A playhead position on the deck's track, in seconds. */
    static double position(DeckState deck, double seconds) {
        double duration = deck.track() == null ? Double.MAX_VALUE : deck.track().durationSeconds();
        return range("position", seconds, 0, duration);
    }

    static int tempoRange(int range) {
        if (!DeckState.TEMPO_RANGES.contains(range)) {
            throw new IllegalArgumentException("Tempo ranges are ±8, ±16 and ±50 %");
        }
        return range;
    }

    static String curve(String curve) {
        if (!MixerState.CURVES.contains(curve)) {
            throw new IllegalArgumentException("Crossfader curves are linear, power and cut");
        }
        return curve;
    }

    static String colour(String colour) {
        if (colour == null) {
            return DEFAULT_HOT_CUE_COLOUR;
        }
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Colours are #rrggbb");
        }
        return colour;
    }

    static List<HotCue> sortedCues(List<HotCue> cues) {
        return cues.stream().sorted(Comparator.comparingInt(HotCue::slot)).toList();
    }
}
