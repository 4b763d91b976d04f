package com.soundforge.analysis;

import com.soundforge.analysis.TempoEdit.Downbeat;
import com.soundforge.analysis.TempoEdit.Factor;
import com.soundforge.analysis.TempoEdit.Scale;
import com.soundforge.analysis.TempoEdit.Shift;
import com.soundforge.analysis.TempoEdit.Tap;
import java.util.Arrays;

/**
 * Applies a {@link TempoEdit} to a beat grid (pure). Grids keep the engine's shape: beats, and downbeats every fourth
 * beat from the first one. ×2 and ÷2 work on the beats themselves (×2 then ÷2 gives back the same grid exactly, on
 * steady and varying grids; ÷2 then ×2 a steady one to the microsecond); ×3/2, ×2/3 and tap tempo lay a straight grid at the new period from the first downbeat; a shift
 * or a new downbeat moves a steady grid as a line and a varying one beat by beat. Times are rounded to the
 * microsecond, as the engine's are.
 */
final class BeatGridEditor {

    private static final int BEATS_PER_BAR = 4;
    private static final double SAME_TIME = 1e-6;

    private BeatGridEditor() {}

    /**
     * @param current  the effective grid now, or null when the track has none
     * @param duration the track's length in seconds
     * @throws IllegalArgumentException when the edit is impossible here; nothing is changed then
     */
    static Tempo apply(Tempo current, double duration, TempoEdit edit) {
        if (current == null || current.beats().length < 2) {
            if (edit instanceof Tap tap) {
                return checked(grid(0, 60 / round2(tap.bpm()), duration, round2(tap.bpm()), 1.0), "Tapping");
            }
            throw new IllegalArgumentException("This track has no beat grid to change yet: tap its tempo first.");
        }
        return switch (edit) {
            case Scale(Factor f) when f == Factor.DOUBLE -> checked(doubled(current, duration), "×2");
            case Scale(Factor f) when f == Factor.HALVE -> checked(halved(current), "÷2");
            case Scale(Factor f) -> {
                double period = period(current) / f.ratio();
                String name = f == Factor.THREE_HALVES ? "×3/2" : "×2/3";
                yield checked(
                        grid(firstDownbeat(current), period, duration, round2(60 / period), current.confidence()),
                        name);
            }
            case Tap(double bpm) ->
                checked(
                        grid(firstDownbeat(current), 60 / round2(bpm), duration, round2(bpm), current.confidence()),
                        "Tapping");
            case Shift(double beats) -> shifted(current, beats, duration);
            case Downbeat(double at) -> downbeatAt(current, at, duration);
        };
    }

    /**
     * Midpoints between the beats, and a new beat half a period before the first and after the last one where the
     * track has room: ÷2 then ×2 gives back a steady grid's edge beats too.
     */
    private static Tempo doubled(Tempo t, double duration) {
        double[] b = t.beats();
        int n = b.length;
        double before = b[0] - (b[1] - b[0]) / 2;
        double after = b[n - 1] + (b[n - 1] - b[n - 2]) / 2;
        int lead = before >= 0 ? 1 : 0;
        int tail = after <= duration ? 1 : 0;
        double[] out = new double[2 * n - 1 + lead + tail];
        if (lead == 1) {
            out[0] = round6(before);
        }
        for (int i = 0; i < n; i++) {
            out[lead + 2 * i] = b[i];
            if (i + 1 < n) {
                out[lead + 2 * i + 1] = round6((b[i] + b[i + 1]) / 2);
            }
        }
        if (tail == 1) {
            out[out.length - 1] = round6(after);
        }
        return new Tempo(t.bpm() * 2, t.confidence(), out, every(out, lead + 2 * firstDownbeatIndex(t)), t.steady());
    }

    /** Keeps the beats an even number of beats from the first downbeat, which stays the first downbeat. */
    private static Tempo halved(Tempo t) {
        double[] b = t.beats();
        int first = firstDownbeatIndex(t);
        double[] out = new double[(b.length - first % 2 + 1) / 2];
        for (int i = first % 2, j = 0; i < b.length; i += 2, j++) {
            out[j] = b[i];
        }
        return new Tempo(t.bpm() / 2, t.confidence(), out, every(out, first / 2), t.steady());
    }

    private static Tempo shifted(Tempo t, double beats, double duration) {
        if (t.steady()) {
            double period = period(t);
            return grid(firstDownbeat(t) + beats * period, period, duration, t.bpm(), t.confidence());
        }
        double[] b = t.beats();
        double[] moved = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double local = i + 1 < b.length ? b[i + 1] - b[i] : b[i] - b[i - 1];
            moved[i] = b[i] + beats * local;
        }
        return within(moved, firstDownbeatIndex(t), duration, t);
    }

    private static Tempo downbeatAt(Tempo t, double at, double duration) {
        if (at > duration) {
            throw new IllegalArgumentException(
                    "A downbeat at %.3f s is past the end of the track (%.3f s).".formatted(at, duration));
        }
        if (t.steady()) {
            return grid(at, period(t), duration, t.bpm(), t.confidence());
        }
        double[] b = t.beats();
        int nearest = nearestIndex(b, at);
        double by = at - b[nearest];
        double[] moved = Arrays.stream(b).map(x -> x + by).toArray();
        moved[nearest] = at;
        return within(moved, nearest, duration, t);
    }

    /** The beats inside the track, with downbeats every fourth beat in the phase of {@code downbeat}. */
    private static Tempo within(double[] beats, int downbeat, double duration, Tempo t) {
        int from = 0;
        while (from < beats.length && beats[from] < 0) {
            from++;
        }
        int to = beats.length;
        while (to > from && beats[to - 1] > duration) {
            to--;
        }
        double[] kept = Arrays.stream(Arrays.copyOfRange(beats, from, to))
                .map(BeatGridEditor::round6)
                .toArray();
        if (kept.length < 2) {
            throw new IllegalArgumentException("That would move the beat grid out of the track.");
        }
        return new Tempo(t.bpm(), t.confidence(), kept, every(kept, Math.floorMod(downbeat - from, 4)), t.steady());
    }

    /** A straight grid through {@code anchor}, which is a downbeat, covering 0..duration. */
    static Tempo grid(double anchor, double period, double duration, double bpm, double confidence) {
        long before = (long) Math.floor(anchor / period + SAME_TIME);
        int count = (int) Math.floor((duration - anchor) / period + SAME_TIME) + (int) before + 1;
        double[] beats = new double[Math.max(0, count)];
        for (int k = 0; k < beats.length; k++) {
            beats[k] = round6(anchor + (k - before) * period);
        }
        return new Tempo(bpm, confidence, beats, every(beats, (int) Math.floorMod(before, BEATS_PER_BAR)), true);
    }

    private static double[] every(double[] beats, int first) {
        double[] out = new double[Math.max(0, (beats.length - first + BEATS_PER_BAR - 1) / BEATS_PER_BAR)];
        for (int i = first, j = 0; i < beats.length; i += BEATS_PER_BAR, j++) {
            out[j] = beats[i];
        }
        return out;
    }

    private static Tempo checked(Tempo edited, String what) {
        if (!(edited.bpm() >= TempoEdit.MIN_BPM && edited.bpm() <= TempoEdit.MAX_BPM)) {
            throw new IllegalArgumentException("%s would make the tempo %.2f BPM; tempos lie between %d and %d BPM."
                    .formatted(what, edited.bpm(), (int) TempoEdit.MIN_BPM, (int) TempoEdit.MAX_BPM));
        }
        if (edited.beats().length < 2) {
            throw new IllegalArgumentException(what + " leaves fewer than two beats in the track.");
        }
        return edited;
    }

    /** The beat period: the straight line's on a steady grid, the global tempo's on a varying one. */
    static double period(Tempo t) {
        double[] b = t.beats();
        return t.steady() ? (b[b.length - 1] - b[0]) / (b.length - 1) : 60 / t.bpm();
    }

    static double firstDownbeat(Tempo t) {
        return t.beats()[firstDownbeatIndex(t)];
    }

    /** Index in the beats of the first downbeat (the first beat when the grid has no downbeats). */
    private static int firstDownbeatIndex(Tempo t) {
        if (t.downbeats().length == 0) {
            return 0;
        }
        int i = nearestIndex(t.beats(), t.downbeats()[0]);
        return Math.min(i, t.beats().length - 1);
    }

    private static int nearestIndex(double[] beats, double time) {
        int found = Arrays.binarySearch(beats, time);
        if (found >= 0) {
            return found;
        }
        int after = -found - 1;
        if (after == 0) {
            return 0;
        }
        if (after == beats.length) {
            return beats.length - 1;
        }
        return time - beats[after - 1] <= beats[after] - time ? after - 1 : after;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
