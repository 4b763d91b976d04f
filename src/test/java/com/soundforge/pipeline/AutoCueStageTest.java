package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoCueStageTest {

    private static final Section MAIN = new Section(0, 30, SectionKind.MAIN);
    private static final LoopSuggestion LOOP = new LoopSuggestion(2.0, 9.5, 16);

    private static List<CuePoint> cues(int count) {
        return IntStream.range(0, count)
                .mapToObj(slot -> new CuePoint(slot, slot, "Main", "#8e24aa"))
                .toList();
    }

    @Test
    void theSummarySaysOneOfAThingInTheSingular() {
        Structure structure = new Structure(List.of(MAIN), List.of(), cues(8), List.of(LOOP));

        assertThat(AutoCueStage.summary(structure)).isEqualTo("1 section, 8 cues, 1 loop suggested");
    }

    @Test
    void theSummarySaysNoneOrSeveralInThePlural() {
        Structure structure = new Structure(List.of(MAIN, MAIN), List.of(), cues(1), List.of());

        assertThat(AutoCueStage.summary(structure)).isEqualTo("2 sections, 1 cue, 0 loops suggested");
    }
}
