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
        String summary = "%d sections, %d cues, %d loops suggested".formatted(structure.get().sections().size(),
                structure.get().cues().size(), structure.get().loops().size());
        context.log(summary);
        return StageResult.done(summary);
    }
}
