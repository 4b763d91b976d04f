package com.soundforge.analysis.engine;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.FeatureSeries;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import com.soundforge.analysis.Tempo;
import com.soundforge.analysis.engine.structure.CueSuggestions;
import com.soundforge.analysis.engine.structure.LoopSuggestions;
import com.soundforge.analysis.engine.structure.NoveltyCurve;
import com.soundforge.analysis.engine.structure.SectionBoundaries;
import com.soundforge.analysis.engine.structure.SectionLabels;
import com.soundforge.analysis.engine.structure.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Sections, drops, eight suggested hot cues and loops, from a report's energy curve, display features and grid.
 * <ol>
 *   <li>Novelty: at each display frame, the distance between the mean feature vector (normalised chroma and
 *       standardised MFCC 2–13) of the window before and the window after (a checkerboard kernel on the
 *       self-similarity matrix, without its cross terms), plus the energy step in units of 6 dB. The window is 4 bars
 *       with a tempo, else 8 s.</li>
 *   <li>Boundaries: with a beat grid, only phrase starts (downbeats every 8 bars, or 4 on short tracks; the phrase
 *       phase that collects the most novelty) whose novelty stands out; without a tempo, novelty peaks at least 8 s
 *       apart.</li>
 *   <li>Labels from energy: first and last sections are intro and outro when quieter than the body, a section that
 *       jumps ≥ 3 dB to near full level is a drop, one ≥ 4 dB under full level a breakdown, the quieter section
 *       before a drop a build; the rest main.</li>
 *   <li>Cues: section starts (by priority intro, drops, breakdowns, outro, builds, main), filled up with phrase
 *       starts (8, 4, then 1 bar) to eight, never two within a bar, ordered in time. Loops of 16, 8 or 4 beats at
 *       the start of the intro and outro (what DJs loop to mix).</li>
 * </ol>
 * Each step is a class: {@link NoveltyCurve}, {@link SectionBoundaries}, {@link SectionLabels},
 * {@link CueSuggestions} and {@link LoopSuggestions}.
 */
public final class StructureAnalyzer {

    /** Seconds per bar of four beats at 1 BPM. */
    private static final double BAR_SECONDS_AT_1_BPM = 240.0;
    /** The novelty window on each side: 4 bars with a tempo, else 8 s. */
    private static final int NOVELTY_WINDOW_BARS = 4;

    private static final double NOVELTY_WINDOW_SECONDS = 8.0;
    /** Without a tempo, boundaries are at least this many seconds apart. */
    private static final double MIN_SECTION_SECONDS = 8.0;
    /** Phrases are 8 bars, or 4 on tracks with fewer than 32 downbeats. */
    private static final int PHRASE_BARS = 8;

    private static final int SHORT_PHRASE_BARS = 4;
    private static final int SHORT_TRACK_DOWNBEATS = 32;
    /** Energy of display frames the loudness curve does not cover, dB. */
    private static final float SILENT_DB = -120;

    public Structure analyze(AnalysisReport report) {
        double duration = report.durationSeconds();
        FeatureSeries f = report.features();
        if (f == null || duration <= 0 || f.mfcc().length < 2) {
            return new Structure(List.of(), List.of(), List.of(), List.of());
        }
        double hop = f.hopSeconds();
        int n = f.mfcc().length;
        float[] energy = energy(report, n);
        Tempo tempo = report.tempo();
        boolean grid = tempo != null && tempo.downbeats().length >= 2;
        double barSeconds = grid ? BAR_SECONDS_AT_1_BPM / tempo.bpm() : 0;
        double window = grid ? NOVELTY_WINDOW_BARS * barSeconds : NOVELTY_WINDOW_SECONDS;
        double[] novelty = NoveltyCurve.compute(f, energy, Math.max(1, (int) Math.round(window / hop)));

        List<Double> bounds;
        int phraseBars = PHRASE_BARS;
        if (grid) {
            double[] down = tempo.downbeats();
            phraseBars = down.length >= SHORT_TRACK_DOWNBEATS ? PHRASE_BARS : SHORT_PHRASE_BARS;
            List<Double> phraseStarts = phraseStarts(down, phraseBars, novelty, hop, barSeconds, duration);
            bounds = SectionBoundaries.significant(phraseStarts, novelty, hop, n);
        } else {
            bounds = SectionBoundaries.peaks(novelty, hop, MIN_SECTION_SECONDS);
        }
        List<Section> sections = SectionLabels.label(bounds, energy, hop, duration);
        List<Double> drops = sections.stream()
                .filter(s -> s.kind() == SectionKind.DROP)
                .map(Section::start)
                .toList();
        List<CuePoint> cues = CueSuggestions.cues(sections, tempo, phraseBars, duration);
        List<LoopSuggestion> loops = grid ? LoopSuggestions.loops(sections, tempo) : List.of();
        return new Structure(sections, drops, cues, loops);
    }

    /**
     * The downbeats that start phrases, in the phrase phase that collects the most novelty, leaving out the first
     * and last bar.
     */
    private static List<Double> phraseStarts(
            double[] down, int phraseBars, double[] novelty, double hop, double barSeconds, double duration) {
        int n = novelty.length;
        int bestOffset = 0;
        double bestSum = -1;
        for (int o = 0; o < phraseBars; o++) {
            double s = 0;
            for (int i = o; i < down.length; i += phraseBars) {
                s += novelty[Timeline.frame(down[i], hop, n)];
            }
            if (s > bestSum) {
                bestSum = s;
                bestOffset = o;
            }
        }
        List<Double> phraseStarts = new ArrayList<>();
        for (int i = bestOffset; i < down.length; i += phraseBars) {
            if (down[i] > barSeconds && down[i] < duration - barSeconds) {
                phraseStarts.add(down[i]);
            }
        }
        return phraseStarts;
    }

    private static float[] energy(AnalysisReport report, int n) {
        float[] e = new float[n];
        float[] curve = report.loudness() == null ? null : report.loudness().energyDb();
        for (int i = 0; i < n; i++) {
            e[i] = curve == null || curve.length == 0 ? SILENT_DB : curve[Math.min(curve.length - 1, i)];
        }
        return e;
    }
}
