package com.soundforge.analysis.engine.structure;

import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import com.soundforge.analysis.Tempo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The structure analyzer's cue step: section starts (by priority intro, drops, breakdowns, outro, builds, main),
 * filled up with phrase starts (8, 4, then 1 bar) to eight, never two within a bar, ordered in time.
 */
public final class CueSuggestions {

    private static final Map<SectionKind, String> COLOURS = new EnumMap<>(Map.of(
            SectionKind.INTRO, "#43a047",
            SectionKind.BUILD, "#fb8c00",
            SectionKind.DROP, "#e53935",
            SectionKind.BREAKDOWN, "#1e88e5",
            SectionKind.MAIN, "#8e24aa",
            SectionKind.OUTRO, "#00897b"));
    private static final int CUES = 8;
    /** Two cues are at least this many bars apart (a hair under one, for rounding). */
    private static final double MIN_GAP_BARS = 0.99;
    /** Priority of the phrase-start cues that fill up after the section starts (those are 0 to 5). */
    private static final int FILL_PRIORITY = 9;

    private CueSuggestions() {}

    private record Cue(double time, String label, SectionKind kind, int priority) {}

    public static List<CuePoint> cues(List<Section> sections, @Nullable Tempo tempo, int phraseBars, double duration) {
        double[] down = tempo == null ? new double[0] : tempo.downbeats();
        double bar = tempo == null ? 0 : 240.0 / tempo.bpm();
        List<Cue> cues = sectionCues(sections, down, bar);
        cues.sort(Comparator.comparingInt(Cue::priority).thenComparingDouble(Cue::time));
        List<Cue> chosen = new ArrayList<>();
        double gap = bar > 0 ? bar * MIN_GAP_BARS : 1.0;
        for (Cue c : cues) {
            if (chosen.size() < CUES && c.time() < duration && far(chosen, c.time(), gap)) {
                chosen.add(c);
            }
        }
        if (down.length > 0) {
            addPhraseStarts(chosen, sections, down, bar, phraseBars, gap);
        }
        chosen.sort(Comparator.comparingDouble(Cue::time));
        List<CuePoint> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Cue c = chosen.get(i);
            out.add(new CuePoint(i, Timeline.round3(c.time()), c.label(), COLOURS.get(c.kind())));
        }
        return out;
    }

    /** A cue at each section's start (snapped to its downbeat), numbered when its kind occurs more than once. */
    private static List<Cue> sectionCues(List<Section> sections, double[] down, double bar) {
        Map<SectionKind, Integer> counts = new EnumMap<>(SectionKind.class);
        Map<SectionKind, Long> totals = new EnumMap<>(SectionKind.class);
        for (Section s : sections) {
            totals.merge(s.kind(), 1L, Long::sum);
        }
        List<Cue> cues = new ArrayList<>();
        for (Section s : sections) {
            double t = snap(s.start(), down, bar);
            int number = counts.merge(s.kind(), 1, Integer::sum);
            String name = name(s.kind());
            if (totals.getOrDefault(s.kind(), 0L) > 1 || s.kind() == SectionKind.DROP) {
                name += " " + number;
            }
            cues.add(new Cue(t, name, s.kind(), priority(s.kind())));
        }
        return cues;
    }

    /** Fills {@code chosen} up to eight with phrase starts, then every 4, 2 and 1 bars, never two within a bar. */
    private static void addPhraseStarts(
            List<Cue> chosen, List<Section> sections, double[] down, double bar, int phraseBars, double gap) {
        for (int step : new int[] {phraseBars, 4, 2, 1}) {
            for (int i = 0; i < down.length && chosen.size() < CUES; i += step) {
                double t = down[i];
                if (far(chosen, t, gap)) {
                    Section s = containing(sections, t);
                    double since = s == null ? 0 : t - snap(s.start(), down, bar);
                    String label = (s == null ? "Bar" : name(s.kind())) + " +" + Math.round(since / bar);
                    chosen.add(new Cue(t, label, s == null ? SectionKind.MAIN : s.kind(), FILL_PRIORITY));
                }
            }
        }
    }

    private static boolean far(List<Cue> cues, double t, double gap) {
        for (Cue c : cues) {
            if (Math.abs(c.time() - t) < gap) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Section containing(List<Section> sections, double t) {
        for (Section s : sections) {
            if (t >= s.start() - 1e-6 && t < s.end()) {
                return s;
            }
        }
        return sections.isEmpty() ? null : sections.get(sections.size() - 1);
    }

    /** The first downbeat at or after t (within a bar), else t. */
    private static double snap(double t, double[] down, double bar) {
        for (double d : down) {
            if (d >= t - 0.5 * bar && d < t + bar) {
                return d;
            }
        }
        return t;
    }

    private static int priority(SectionKind kind) {
        return switch (kind) {
            case INTRO -> 0;
            case DROP -> 1;
            case BREAKDOWN -> 2;
            case OUTRO -> 3;
            case BUILD -> 4;
            case MAIN -> 5;
        };
    }

    private static String name(SectionKind kind) {
        return switch (kind) {
            case INTRO -> "Intro";
            case BUILD -> "Build";
            case DROP -> "Drop";
            case BREAKDOWN -> "Breakdown";
            case MAIN -> "Main";
            case OUTRO -> "Outro";
        };
    }
}
