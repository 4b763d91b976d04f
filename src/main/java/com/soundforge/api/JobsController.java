package com.soundforge.api;

import com.soundforge.pipeline.PipelineService;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobsController {

    private final PipelineService pipelines;
    private final ApiCaller caller;

    JobsController(PipelineService pipelines, ApiCaller caller) {
        this.pipelines = pipelines;
        this.caller = caller;
    }

    @GetMapping("/api/v1/jobs/{jobId}")
    JobJson job(@PathVariable UUID jobId, Authentication authentication) {
        return JobJson.of(pipelines.job(caller.of(authentication), jobId));
    }
}
