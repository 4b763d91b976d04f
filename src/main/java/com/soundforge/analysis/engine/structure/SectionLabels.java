package com.soundforge.analysis.engine.structure;

import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure analyzer's third step: sections between the boundaries, labelled from their energy. The first and
 * last sections are intro and outro when quieter than the loudest, a section that jumps ≥ 3 dB to near full level is
 * a drop, one ≥ 4 dB under full level a breakdown, a section between a breakdown and a drop a build; the rest main.
 */
public final class SectionLabels {

    /** Intro and outro are at least this much (dB) under the loudest section. */
    private static final double QUIETER_EDGE_DB = 1;
    /** A drop is within this much (dB) of the loudest section... */
    private static final double DROP_NEAR_FULL_DB = 1.5;
    /** ...and at least this much (dB) louder than the section before. */
    private static final double DROP_JUMP_DB = 3;

    private static final double BREAKDOWN_UNDER_FULL_DB = 4;

    private SectionLabels() {}

    public static List<Section> label(List<Double> bounds, float[] energy, double hop, double duration) {
        List<double[]> spans = spans(bounds, duration);
        int k = spans.size();
        double[] level = levels(spans, energy, hop);
        SectionKind[] kinds = kinds(level);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            sections.add(new Section(Timeline.round3(spans.get(i)[0]), Timeline.round3(spans.get(i)[1]), kinds[i]));
        }
        return sections;
    }

    /** {start, end} of each section, in seconds. */
    private static List<double[]> spans(List<Double> bounds, double duration) {
        List<double[]> spans = new ArrayList<>();
        double start = 0;
        for (double b : bounds) {
            if (b - start > 1e-6) {
                spans.add(new double[] {start, b});
                start = b;
            }
        }
        spans.add(new double[] {start, duration});
        return spans;
    }

    /** Mean power of each span's energy curve, in dB. */
    private static double[] levels(List<double[]> spans, float[] energy, double hop) {
        int k = spans.size();
        double[] level = new double[k];
        for (int i = 0; i < k; i++) {
            int a = Timeline.frame(spans.get(i)[0], hop, energy.length);
            int b = Math.max(a + 1, Math.min(energy.length, (int) Math.round(spans.get(i)[1] / hop)));
            double p = 0;
            for (int j = a; j < b; j++) {
                p += Math.pow(10, energy[j] / 10);
            }
            level[i] = 10 * Math.log10(p / (b - a) + 1e-12);
        }
        return level;
    }

    private static SectionKind[] kinds(double[] level) {
        int k = level.length;
        double full = Double.NEGATIVE_INFINITY;
        for (double l : level) {
            full = Math.max(full, l);
        }
        SectionKind[] kinds = new SectionKind[k];
        for (int i = 0; i < k; i++) {
            if (k >= 3 && i == 0 && level[i] < full - QUIETER_EDGE_DB) {
                kinds[i] = SectionKind.INTRO;
            } else if (k >= 3 && i == k - 1 && level[i] < full - QUIETER_EDGE_DB) {
                kinds[i] = SectionKind.OUTRO;
            } else if (i > 0 && level[i] >= full - DROP_NEAR_FULL_DB && level[i - 1] <= level[i] - DROP_JUMP_DB) {
                kinds[i] = SectionKind.DROP;
            } else if (i > 0 && i < k - 1 && level[i] < full - BREAKDOWN_UNDER_FULL_DB) {
                kinds[i] = SectionKind.BREAKDOWN;
            } else {
                kinds[i] = SectionKind.MAIN;
            }
        }
        for (int i = 0; i + 1 < k; i++) {
            if (kinds[i + 1] == SectionKind.DROP
                    && (kinds[i] == SectionKind.MAIN || kinds[i] == SectionKind.BREAKDOWN)
                    && i > 0
                    && kinds[i - 1] == SectionKind.BREAKDOWN) {
                kinds[i] = SectionKind.BUILD;
            }
        }
        return kinds;
    }
}
