package com.soundforge.api;

import com.soundforge.library.LibraryService;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.security.UserAccount;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobsController {

    private final PipelineService pipelines;
    private final LibraryService library;
    private final ApiCaller caller;

    JobsController(PipelineService pipelines, LibraryService library, ApiCaller caller) {
        this.pipelines = pipelines;
        this.library = library;
        this.caller = caller;
    }

    @GetMapping("/api/v1/jobs/{jobId}")
    JobJson job(@PathVariable UUID jobId, Authentication authentication) {
        return JobJson.of(pipelines.job(caller.of(authentication), jobId));
    }

    /** Runs a failed stage again; the stages that were not run because of it follow when it completes. */
    @PostMapping("/api/v1/jobs/{jobId}/retry")
    ResponseEntity<JobJson> retry(@PathVariable UUID jobId, Authentication authentication) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(JobJson.of(pipelines.retry(caller.of(authentication), jobId)));
    }

    /** A track's pipeline as it is, stage by stage (empty when it has none); never starts anything. */
    @GetMapping("/api/v1/tracks/{trackId}/pipeline")
    List<JobJson> pipeline(@PathVariable UUID trackId, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        library.get(user.id(), trackId);
        return pipelines.jobsOfTrack(user, trackId).stream().map(JobJson::of).toList();
    }
}
