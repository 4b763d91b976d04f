package com.soundforge.analysis.engine.structure;

import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import com.soundforge.analysis.Tempo;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure analyzer's loop step: a loop of 16, 8 or 4 beats (the longest that fits) from the first downbeat of
 * the intro and of the outro (and of the first and last sections), what DJs loop to mix.
 */
public final class LoopSuggestions {

    /** Loop lengths tried, in beats, longest first. */
    private static final int[] LOOP_BEATS = {16, 8, 4};

    private LoopSuggestions() {}

    public static List<LoopSuggestion> loops(List<Section> sections, Tempo tempo) {
        double[] beats = tempo.beats();
        List<LoopSuggestion> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            boolean edge = i == 0
                    || i == sections.size() - 1
                    || s.kind() == SectionKind.INTRO
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
            for (int length : LOOP_BEATS) {
                if (first + length < beats.length && beats[first + length] <= s.end() + 1e-6) {
                    out.add(new LoopSuggestion(
                            Timeline.round3(beats[first]), Timeline.round3(beats[first + length]), length));
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
