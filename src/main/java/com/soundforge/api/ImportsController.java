package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.library.imports.ImportException;
import com.soundforge.pipeline.ImportStarted;
import com.soundforge.pipeline.PipelineService;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Starts URL imports; the download and the rest of the pipeline run as background jobs. */
@RestController
class ImportsController {

    record ImportRequest(String url) {}

    record ImportAccepted(
            @JsonProperty("track_id") UUID trackId,
            @JsonProperty("job_id") UUID jobId,
            List<Item> imports) {}

    /** One track of a multi-track link (a Spotify playlist). */
    record Item(
            @JsonProperty("track_id") UUID trackId,
            @JsonProperty("job_id") UUID jobId) {}

    private final PipelineService pipelines;
    private final ApiCaller caller;

    ImportsController(PipelineService pipelines, ApiCaller caller) {
        this.pipelines = pipelines;
        this.caller = caller;
    }

    @PostMapping("/api/v1/imports")
    ResponseEntity<ImportAccepted> importUrl(
            @RequestBody(required = false) ImportRequest request, Authentication authentication)
            throws ImportException {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw new IllegalArgumentException("Give the link to import as {\"url\": \"https://…\"}.");
        }
        List<ImportStarted> started =
                pipelines.importLink(caller.of(authentication).id(), request.url());
        ImportStarted first = started.getFirst();
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + first.jobId()))
                .body(new ImportAccepted(
                        first.trackId(),
                        first.jobId(),
                        started.stream()
                                .map(s -> new Item(s.trackId(), s.jobId()))
                                .toList()));
    }
}
