package com.soundforge.analysis.engine;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.FeatureSeries;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import com.soundforge.analysis.Tempo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 */
public final class StructureAnalyzer {

    static final Map<SectionKind, String> COLOURS = new EnumMap<>(Map.of(
            SectionKind.INTRO, "#43a047",
            SectionKind.BUILD, "#fb8c00",
            SectionKind.DROP, "#e53935",
            SectionKind.BREAKDOWN, "#1e88e5",
            SectionKind.MAIN, "#8e24aa",
            SectionKind.OUTRO, "#00897b"));
    private static final int CUES = 8;

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
        double barSeconds = grid ? 240.0 / tempo.bpm() : 0;
        double window = grid ? 4 * barSeconds : 8.0;
        double[] novelty = novelty(f, energy, Math.max(1, (int) Math.round(window / hop)));

        List<Double> bounds = new ArrayList<>();
        int phraseBars = 8;
        if (grid) {
            double[] down = tempo.downbeats();
            phraseBars = down.length >= 32 ? 8 : 4;
            int bestOffset = 0;
            double bestSum = -1;
            for (int o = 0; o < phraseBars; o++) {
                double s = 0;
                for (int i = o; i < down.length; i += phraseBars) {
                    s += novelty[frame(down[i], hop, n)];
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
            bounds = significant(phraseStarts, novelty, hop, n);
        } else {
            bounds = peaks(novelty, hop, 8.0);
        }
        List<Section> sections = label(bounds, energy, hop, duration);
        List<Double> drops = sections.stream().filter(s -> s.kind() == SectionKind.DROP).map(Section::start).toList();
        List<CuePoint> cues = cues(sections, tempo, phraseBars, duration);
        List<LoopSuggestion> loops = grid ? loops(sections, tempo) : List.of();
        return new Structure(sections, drops, cues, loops);
    }

    private static int frame(double t, double hop, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.round(t / hop)));
    }

    private static float[] energy(AnalysisReport report, int n) {
        float[] e = new float[n];
        float[] curve = report.loudness() == null ? null : report.loudness().energyDb();
        for (int i = 0; i < n; i++) {
            e[i] = curve == null || curve.length == 0 ? -120 : curve[Math.min(curve.length - 1, i)];
        }
        return e;
    }

    private static double[] novelty(FeatureSeries f, float[] energy, int w) {
        int n = f.mfcc().length;
        int dims = 12 + 12;
        double[][] x = new double[n][dims];
        double[] mean = new double[12];
        double[] sd = new double[12];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                mean[c] += f.mfcc()[i][c + 1];
            }
        }
        for (int c = 0; c < 12; c++) {
            mean[c] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                double d = f.mfcc()[i][c + 1] - mean[c];
                sd[c] += d * d;
            }
        }
        for (int c = 0; c < 12; c++) {
            sd[c] = Math.sqrt(sd[c] / n) + 1e-9;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                x[i][c] = i < f.chroma().length ? f.chroma()[i][c] : 0;
                x[i][12 + c] = (f.mfcc()[i][c + 1] - mean[c]) / sd[c] / Math.sqrt(12);
            }
        }
        double[][] prefix = new double[n + 1][dims + 1];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                prefix[i + 1][d] = prefix[i][d] + x[i][d];
            }
            prefix[i + 1][dims] = prefix[i][dims] + Math.pow(10, energy[i] / 10);
        }
        double[] nov = new double[n];
        for (int i = 1; i < n; i++) {
            int a = Math.max(0, i - w);
            int b = Math.min(n, i + w);
            double dist = 0;
            for (int d = 0; d < dims; d++) {
                double before = (prefix[i][d] - prefix[a][d]) / (i - a);
                double after = (prefix[b][d] - prefix[i][d]) / (b - i);
                dist += (before - after) * (before - after);
            }
            double eb = (prefix[i][dims] - prefix[a][dims]) / (i - a);
            double ea = (prefix[b][dims] - prefix[i][dims]) / (b - i);
            double step = Math.abs(10 * Math.log10((ea + 1e-12) / (eb + 1e-12))) / 6;
            nov[i] = Math.sqrt(dist) + Math.min(3, step);
        }
        return nov;
    }

    private static List<Double> significant(List<Double> candidates, double[] novelty, double hop, int n) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        double m = 0;
        double s = 0;
        for (double v : novelty) {
            m += v;
        }
        m /= novelty.length;
        for (double v : novelty) {
            s += (v - m) * (v - m);
        }
        s = Math.sqrt(s / novelty.length);
        List<Double> out = new ArrayList<>();
        for (double t : candidates) {
            if (novelty[frame(t, hop, n)] > m + 0.5 * s) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Double> peaks(double[] novelty, double hop, double minSeconds) {
        int n = novelty.length;
        int w = Math.max(1, (int) Math.round(minSeconds / hop));
        double m = 0;
        double s = 0;
        for (double v : novelty) {
            m += v;
        }
        m /= n;
        for (double v : novelty) {
            s += (v - m) * (v - m);
        }
        s = Math.sqrt(s / n);
        List<Double> out = new ArrayList<>();
        for (int i = w; i < n - w; i++) {
            boolean isPeak = novelty[i] > m + 0.5 * s;
            for (int j = i - w; j <= i + w && isPeak; j++) {
                if (novelty[j] > novelty[i] || (novelty[j] == novelty[i] && j < i)) {
                    isPeak = false;
                }
            }
            if (isPeak) {
                out.add(i * hop);
            }
        }
        return out;
    }

    private static List<Section> label(List<Double> bounds, float[] energy, double hop, double duration) {
        List<double[]> spans = new ArrayList<>();
        double start = 0;
        for (double b : bounds) {
            if (b - start > 1e-6) {
                spans.add(new double[] {start, b});
                start = b;
            }
        }
        spans.add(new double[] {start, duration});
        int k = spans.size();
        double[] level = new double[k];
        for (int i = 0; i < k; i++) {
            int a = frame(spans.get(i)[0], hop, energy.length);
            int b = Math.max(a + 1, Math.min(energy.length, (int) Math.round(spans.get(i)[1] / hop)));
            double p = 0;
            for (int j = a; j < b; j++) {
                p += Math.pow(10, energy[j] / 10);
            }
            level[i] = 10 * Math.log10(p / (b - a) + 1e-12);
        }
        double full = Double.NEGATIVE_INFINITY;
        for (double l : level) {
            full = Math.max(full, l);
        }
        SectionKind[] kinds = new SectionKind[k];
        for (int i = 0; i < k; i++) {
            if (k >= 3 && i == 0 && level[i] < full - 1) {
                kinds[i] = SectionKind.INTRO;
            } else if (k >= 3 && i == k - 1 && level[i] < full - 1) {
                kinds[i] = SectionKind.OUTRO;
            } else if (i > 0 && level[i] >= full - 1.5 && level[i - 1] <= level[i] - 3) {
                kinds[i] = SectionKind.DROP;
            } else if (i > 0 && i < k - 1 && level[i] < full - 4) {
                kinds[i] = SectionKind.BREAKDOWN;
            } else {
                kinds[i] = SectionKind.MAIN;
            }
        }
        for (int i = 0; i + 1 < k; i++) {
            if (kinds[i + 1] == SectionKind.DROP && (kinds[i] == SectionKind.MAIN || kinds[i] == SectionKind.BREAKDOWN)
                    && i > 0 && kinds[i - 1] == SectionKind.BREAKDOWN) {
                kinds[i] = SectionKind.BUILD;
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            sections.add(new Section(round3(spans.get(i)[0]), round3(spans.get(i)[1]), kinds[i]));
        }
        return sections;
    }

    private static double round3(double t) {
        return Math.round(t * 1000) / 1000.0;
    }

    private record Cue(double time, String label, SectionKind kind, int priority) {
    }

    private static List<CuePoint> cues(List<Section> sections, Tempo tempo, int phraseBars, double duration) {
        double[] down = tempo == null ? new double[0] : tempo.downbeats();
        double bar = tempo == null ? 0 : 240.0 / tempo.bpm();
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
            if (totals.get(s.kind()) > 1 || s.kind() == SectionKind.DROP) {
                name += " " + number;
            }
            cues.add(new Cue(t, name, s.kind(), priority(s.kind())));
        }
        cues.sort(Comparator.comparingInt(Cue::priority).thenComparingDouble(Cue::time));
        List<Cue> chosen = new ArrayList<>();
        double gap = bar > 0 ? bar * 0.99 : 1.0;
        for (Cue c : cues) {
            if (chosen.size() < CUES && c.time() < duration && far(chosen, c.time(), gap)) {
                chosen.add(c);
            }
        }
        if (down.length > 0) {
            for (int step : new int[] {phraseBars, 4, 2, 1}) {
                for (int i = 0; i < down.length && chosen.size() < CUES; i += step) {
                    double t = down[i];
                    if (far(chosen, t, gap)) {
                        Section s = containing(sections, t);
                        double since = s == null ? 0 : t - snap(s.start(), down, bar);
                        String label = (s == null ? "Bar" : name(s.kind())) + " +" + Math.round(since / bar);
                        chosen.add(new Cue(t, label, s == null ? SectionKind.MAIN : s.kind(), 9));
                    }
                }
            }
        }
        chosen.sort(Comparator.comparingDouble(Cue::time));
        List<CuePoint> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Cue c = chosen.get(i);
            out.add(new CuePoint(i, round3(c.time()), c.label(), COLOURS.get(c.kind())));
        }
        return out;
    }

    private static boolean far(List<Cue> cues, double t, double gap) {
        for (Cue c : cues) {
            if (Math.abs(c.time() - t) < gap) {
                return false;
            }
        }
        return true;
    }

    private static Section containing(List<Section> sections, double t) {
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

    private static List<LoopSuggestion> loops(List<Section> sections, Tempo tempo) {
        double[] beats = tempo.beats();
        List<LoopSuggestion> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            boolean edge = i == 0 || i == sections.size() - 1 || s.kind() == SectionKind.INTRO
                    || s.kind() == SectionKind.OUTRO;
            if (!edge) {
                continue;
            }
            int first = -1;
            double[] down = tempo.downbeats();
            for (double d : down) {
                if (d >= s.start() - 1e-6) {
                    first = indexOf(beats, d);
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            for (int length : new int[] {16, 8, 4}) {
                if (first + length < beats.length && beats[first + length] <= s.end() + 1e-6) {
                    out.add(new LoopSuggestion(round3(beats[first]), round3(beats[first + length]), length));
                    break;
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static int indexOf(double[] beats, double t) {
        for (int i = 0; i < beats.length; i++) {
            if (Math.abs(beats[i] - t) < 1e-6) {
                return i;
            }
        }
        return -1;
    }
}
