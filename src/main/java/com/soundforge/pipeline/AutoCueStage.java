package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.Structure;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the track's sections and suggests 8 hot cues and loops from its stored analysis. */
@Component
class AutoCueStage implements PipelineStage {

    private final AnalysisService analysis;

    AutoCueStage(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public JobType type() {
        return JobType.AUTOCUE;
    }

    @Override
    public StageResult run(StageContext context) throws Exception {
        context.progress(0, "Finding sections and cues…");
        Optional<Structure> structure = analysis.suggestCues(context.job().trackId());
        if (structure.isEmpty()) {
            throw new IllegalStateException("The track has no analysis to place cues on; run the analysis first.");
        }
        String summary = summary(structure.get());
        context.log(summary);
        return StageResult.done(summary);
    }

    /** "1 section, 8 cues, 1 loop suggested". */
    static String summary(Structure structure) {
        return count(structure.sections().size(), "section") + ", "
                + count(structure.cues().size(), "cue") + ", "
                + count(structure.loops().size(), "loop") + " suggested";
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
