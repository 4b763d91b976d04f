package com.soundforge.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.SectionKind;
import org.junit.jupiter.api.Test;

class StructureAnalyzerTest {

    private static final int RATE = 22050;
    private static final double BAR = 4 * 60 / 128.0;
    private final AnalysisEngine engine = new AnalysisEngine();

    /** At 128 BPM: 16 bars quiet intro, 32 loud, 16 quiet breakdown, 32 loud, 16 quiet outro. */
    private static Synth.Signal djTrack(Synth.Groove groove) {
        return (c, f) -> {
            double bars = (f / (double) RATE - groove.offset) / BAR;
            boolean loud = (bars >= 16 && bars < 48) || (bars >= 64 && bars < 96);
            return groove.sample(c, f) * (loud ? 1.0 : 0.25);
        };
    }

    @Test
    void findsSectionsDropsAndEightOrderedCuesOnDownbeats() throws Exception {
        Synth.Groove groove = new Synth.Groove(RATE, 128, 0.5, false);
        long frames = Math.round((0.5 + 112 * BAR) * RATE);
        AnalysisReport r = engine.analyze(Synth.stream(RATE, 2, frames, djTrack(groove)), null);
        Structure s = r.structure();
        assertThat(s.sections())
                .extracting(Structure.Section::kind)
                .contains(SectionKind.INTRO, SectionKind.DROP, SectionKind.OUTRO);
        assertThat(s.drops()).anySatisfy(d -> assertThat(d).isCloseTo(0.5 + 16 * BAR, within(0.2)));
        assertThat(s.cues()).hasSize(8);
        assertThat(s.cues()).extracting(CuePoint::slot).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(s.cues()).extracting(CuePoint::time).isSorted().doesNotHaveDuplicates();
        assertThat(s.cues()).extracting(CuePoint::label).doesNotHaveDuplicates().contains("Intro", "Drop 1");
        assertThat(s.cues()).allSatisfy(c -> assertThat(c.color()).matches("#[0-9a-f]{6}"));
        double[] downbeats = r.tempo().downbeats();
        for (CuePoint cue : s.cues()) {
            assertThat(downbeats).contains(new double[] {cue.time()}, within(1e-3));
        }
        assertThat(s.loops()).isNotEmpty().allSatisfy(l -> assertThat(l.beats()).isIn(4, 8, 16));
    }

    @Test
    void withoutATempoStillGivesSectionsButNoLoops() throws Exception {
        Synth.Signal noise = Synth.whiteNoise(0.3, 1);
        long frames = 60L * RATE;
        AnalysisReport r = engine.analyze(
                Synth.stream(RATE, 1, frames, (c, f) -> noise.sample(c, f) * (f < frames / 2 ? 0.1 : 1.0)), null);
        assertThat(r.tempo()).isNull();
        assertThat(r.structure().sections()).isNotEmpty();
        assertThat(r.structure().loops()).isEmpty();
        assertThat(r.structure().cues()).extracting(CuePoint::time).isSorted().doesNotHaveDuplicates();
    }
}
