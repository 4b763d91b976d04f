package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.engine.EngineTrace;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The metrical level (after Goto 2001: bass drum on the strong beats, snare on the backbeat). The periodicity peak
 * may sit on a level related to the beat by 2 (half, double) or by 3:2 or 4:3 (a pattern repeating every three
 * half-beats, or every three beats). For each level the beats are tracked ({@link BeatTracker}) in both phases and
 * scored by the drum pattern ({@link Candidate#pattern()}), the backbeat, a weak tempo prior and the
 * autocorrelation, so music without drums falls back to periodicity alone. A ternary level must first show a
 * steadier 4/4 bar than the binary level nearest to it: the envelope must repeat better after 4 and 8 of its beats
 * (a bar, two bars). Past that gate it competes on equal terms: when the periodicity peak sits at 2:3 of a fast
 * beat (a kick pattern repeating every three half-beats), the true beat is a ternary relative of the peak while
 * one of its binary relatives is a third of the beat, so a penalty for being ternary picked the third.
 */
public final class MetricalLevel {

    private static final double[] BINARY = {2, 1, 0.5};
    private static final double[] TERNARY = {1.5, 4 / 3.0, 0.75, 2 / 3.0};
    private static final int BAR_BEATS = 4;
    private static final int TWO_BARS_BEATS = 8;
    /** How strictly the candidates' beats keep their period (the tracker's tightness). */
    private static final double TRACKING_TIGHTNESS = 100;

    private static final double PRIOR_WEIGHT = 0.2;
    /**
     * The alternation of two sounds on consecutive beats ({@link Candidate#alternation}) is the strongest cue of the
     * beat level that does not depend on which instrument plays the drums: its gap between the beat level and its
     * neighbours is about 0.1 (four-on-the-floor) to 0.4 (backbeats), so it outweighs the band-based cues when
     * there are drums and barely counts when there are none.
     */
    static final double ALTERNATION_WEIGHT = 2;
    /**
     * The drum pattern ({@link Candidate#pattern()}: the points between the beats, the parity of kick and snare) and
     * the backbeat read the drums in fixed bands (kick below 150 Hz, snare above), which holds for some kits only
     * (an FM kick has as much above 150 Hz as a snare): they only tip the balance.
     */
    static final double BAND_CUE_WEIGHT = 0.25;

    private static final double SALIENCE_WEIGHT = 0.3;
    /** Keeps the log of a level without an autocorrelation peak finite. */
    private static final double MIN_SALIENCE = 1e-3;

    private MetricalLevel() {}

    /**
     * The hypotheses in range around the periodicity peak: the binary relatives, then the ternary ones; the onsets
     * of each timbre group give their alternation.
     */
    public static List<Candidate> candidates(Envelopes envelopes, Periodicity periodicity, Timbre timbre) {
        List<Candidate> candidates = new ArrayList<>();
        for (double factor : BINARY) {
            Candidate c = candidate(envelopes, periodicity, timbre, periodicity.lag() * factor, null);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<Candidate> binaryLevels = List.copyOf(candidates);
        for (double factor : TERNARY) {
            Candidate c = candidate(envelopes, periodicity, timbre, periodicity.lag() * factor, binaryLevels);
            if (c != null) {
                candidates.add(c);
            }
        }
        return candidates;
    }

    /**
     * The best-scoring candidate inside the DJ's range (the best of all when none is inside, or without a range),
     * or null when there is none.
     */
    public static @Nullable Candidate strongest(List<Candidate> candidates, @Nullable BpmRange range) {
        boolean anyInside = range != null && candidates.stream().anyMatch(c -> range.contains(c.bpm));
        Candidate chosen = null;
        double chosenScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (anyInside && range != null && !range.contains(c.bpm)) {
                continue;
            }
            if (c.score > chosenScore) {
                chosenScore = c.score;
                chosen = c;
            }
        }
        return chosen;
    }

    /**
     * One metrical-level hypothesis at about {@code approximateLag}: beats tracked in both phases, the one the drum
     * pattern puts on the beat kept ({@link Candidate#phaseEvidence()}), then scored.
     * Null when out of range, or when {@code rivals} are given and the hypothesis's bar repeats no better than the
     * bar of the rival nearest in tempo.
     */
    private static @Nullable Candidate candidate(
            Envelopes envelopes,
            Periodicity periodicity,
            Timbre timbre,
            double approximateLag,
            @Nullable List<Candidate> rivals) {
        float[] e = envelopes.onset();
        double[] acf = periodicity.acf();
        double lag = Autocorrelation.refinePeak(acf, approximateLag);
        double bpm = Periodicity.SECONDS_PER_MINUTE * envelopes.frameRate() / lag;
        if (bpm < Periodicity.MIN_BPM || bpm > Periodicity.MAX_BPM) {
            return null;
        }
        double bar = (Autocorrelation.at(e, BAR_BEATS * lag) + Autocorrelation.at(e, TWO_BARS_BEATS * lag)) / 2;
        double backbeat = Autocorrelation.at(envelopes.mid(), 2 * lag) - Autocorrelation.at(envelopes.mid(), lag);
        if (rivals != null && !barBetterThanNearest(rivals, bpm, bar)) {
            return null;
        }
        double[] tracked = BeatTracker.track(e, BeatTracker.constant(envelopes.length(), lag), TRACKING_TIGHTNESS);
        Candidate c = onTheBeat(envelopes, timbre, lag, bpm, tracked);
        c.bar = bar;
        c.backbeat = backbeat;
        c.salience = Math.max(MIN_SALIENCE, Autocorrelation.interpolate(acf, lag));
        c.score = c.pattern()
                + ALTERNATION_WEIGHT * c.alternation
                + BAND_CUE_WEIGHT * backbeat
                + PRIOR_WEIGHT * Math.log(Periodicity.prior(bpm))
                + SALIENCE_WEIGHT * Math.log(c.salience / periodicity.strength());
        return c;
    }

    /**
     * The tracked beats or the points halfway between them, whichever the drum evidence puts on the beat
     * ({@link Candidate#phaseEvidence()}).
     */
    static Candidate onTheBeat(Envelopes envelopes, Timbre timbre, double lag, double bpm, double[] tracked) {
        Candidate onTracked = new Candidate(lag, bpm, tracked);
        onTracked.measure(envelopes.low(), envelopes.mid());
        onTracked.measureAlternation(timbre);
        Candidate halfwayBetween = new Candidate(lag, bpm, BeatTracker.midpoints(tracked));
        halfwayBetween.measure(envelopes.low(), envelopes.mid());
        halfwayBetween.measureAlternation(timbre);
        if (EngineTrace.enabled()) {
            EngineTrace.line("tempo phase %.2f BPM: tracked %s | halfway %s", bpm, onTracked, halfwayBetween);
        }
        return halfwayBetween.phaseEvidence() > onTracked.phaseEvidence() ? halfwayBetween : onTracked;
    }

    /** Whether {@code bar} beats the bar of the rival nearest to {@code bpm} in tempo. */
    private static boolean barBetterThanNearest(List<Candidate> rivals, double bpm, double bar) {
        Candidate nearest = null;
        for (Candidate rival : rivals) {
            if (nearest == null || Math.abs(Math.log(rival.bpm / bpm)) < Math.abs(Math.log(nearest.bpm / bpm))) {
                nearest = rival;
            }
        }
        return nearest != null && bar > nearest.bar;
    }
}
