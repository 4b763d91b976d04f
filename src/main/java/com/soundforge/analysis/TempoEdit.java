package com.soundforge.analysis;

import java.util.Locale;

/**
 * One correction a track's owner makes to its beat grid. Each checks its own value (the browser and API clients are
 * not trusted); the wire names ({@link #parse}) are the same on REST and in the components' events.
 */
public sealed interface TempoEdit {

    /** Fastest and slowest tempo an edit may produce (the same bounds as a {@link BpmRange}). */
    double MIN_BPM = BpmRange.LOWEST;

    double MAX_BPM = BpmRange.HIGHEST;

    /** The grid's metrical level: ×2 inserts midpoints, ÷2 keeps every other beat, ×3/2 and ×2/3 re-grid. */
    record Scale(Factor factor) implements TempoEdit {
        public Scale {
            if (factor == null) {
                throw new IllegalArgumentException("Say how to scale the tempo.");
            }
        }
    }

    /** A tapped tempo: the grid's new period, anchored at the current first downbeat. */
    record Tap(double bpm) implements TempoEdit {
        public Tap {
            if (!(bpm >= MIN_BPM && bpm <= MAX_BPM)) {
                throw new IllegalArgumentException("A tapped tempo lies between %d and %d BPM, not %s."
                        .formatted((int) MIN_BPM, (int) MAX_BPM, bpm));
            }
        }
    }

    /** Moves the whole grid by a fraction of a beat (later when positive), at most one beat either way. */
    record Shift(double beats) implements TempoEdit {
        public Shift {
            if (!(Math.abs(beats) <= 1)) {
                throw new IllegalArgumentException(
                        "The grid shifts by a fraction of a beat between −1 and 1, not " + beats + ".");
            }
            if (beats == 0) {
                throw new IllegalArgumentException("A shift of 0 beats would change nothing.");
            }
        }
    }

    /** Makes {@code seconds} a downbeat: the grid is re-phased so that a beat falls exactly there. */
    record Downbeat(double seconds) implements TempoEdit {
        public Downbeat {
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException(
                        "A downbeat is at a time in the track (seconds ≥ 0), not " + seconds + ".");
            }
        }
    }

    enum Factor {
        DOUBLE("double", 2, 1),
        HALVE("halve", 1, 2),
        THREE_HALVES("three_halves", 3, 2),
        TWO_THIRDS("two_thirds", 2, 3);

        private final String wire;
        final int numerator;
        final int denominator;

        Factor(String wire, int numerator, int denominator) {
            this.wire = wire;
            this.numerator = numerator;
            this.denominator = denominator;
        }

        public String wire() {
            return wire;
        }

        public double ratio() {
            return (double) numerator / denominator;
        }
    }

    /**
     * An edit from its wire form: {@code double}, {@code halve}, {@code three_halves}, {@code two_thirds} (no value),
     * {@code tap} (value: BPM), {@code shift} (value: beats, −1..1), {@code downbeat} (value: seconds).
     *
     * @throws IllegalArgumentException for an unknown action or a missing or impossible value
     */
    static TempoEdit parse(String action, Double value) {
        String name =
                action == null ? "" : action.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Factor factor : Factor.values()) {
            if (factor.wire.equals(name)) {
                return new Scale(factor);
            }
        }
        return switch (name) {
            case "tap" -> new Tap(required(value, "tap", "the tapped BPM"));
            case "shift" -> new Shift(required(value, "shift", "the fraction of a beat"));
            case "downbeat" -> new Downbeat(required(value, "downbeat", "the time in seconds"));
            default ->
                throw new IllegalArgumentException("The action is one of double, halve, three_halves, two_thirds, "
                        + "tap, shift, downbeat (or reset), not " + (name.isEmpty() ? "nothing" : name) + ".");
        };
    }

    private static double required(Double value, String action, String what) {
        if (value == null) {
            throw new IllegalArgumentException("The " + action + " edit needs a value: " + what + ".");
        }
        return value;
    }
}
