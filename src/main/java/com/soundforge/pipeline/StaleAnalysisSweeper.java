package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisService;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an upgrade of the analysis engine, queues the tracks analysed by an older version to be analysed again,
 * in batches at each start, so results stay comparable across the library.
 */
@Component
class StaleAnalysisSweeper {

    private static final Logger log = LoggerFactory.getLogger(StaleAnalysisSweeper.class);
    static final int BATCH = 500;

    private final AnalysisService analysis;
    private final PipelineService pipelines;

    StaleAnalysisSweeper(AnalysisService analysis, PipelineService pipelines) {
        this.analysis = analysis;
        this.pipelines = pipelines;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        sweep();
    }

    int sweep() {
        int queued = 0;
        for (UUID trackId : analysis.tracksAnalysedByAnOlderEngine(BATCH)) {
            if (pipelines.reanalyse(trackId)) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info(
                    "Queued {} tracks analysed by an older engine to be analysed by engine v{}",
                    queued,
                    AnalysisService.engineVersion());
        }
        return queued;
    }
}
