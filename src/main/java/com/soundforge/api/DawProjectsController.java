package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.security.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * DAW projects over REST: list, create, the whole current state, delete, and batches of operations (the README's
 * "DAW" section defines the state and operation JSON, the same the browser uses).
 */
@RestController
@RequestMapping("/api/v1/daw/projects")
class DawProjectsController {

    /** A project in a list. */
    record ProjectJson(
            UUID id,
            String name,
            double bpm,
            String meter,
            @JsonProperty("sample_rate") int sampleRate,
            long seq,
            int tracks,
            int clips,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt,
            String role) {

        static ProjectJson of(ProjectSummary p) {
            return new ProjectJson(
                    p.id(),
                    p.name(),
                    p.bpm(),
                    p.meter(),
                    p.sampleRate(),
                    p.seq(),
                    p.tracks(),
                    p.clips(),
                    p.createdAt(),
                    p.updatedAt(),
                    p.role().wire());
        }
    }

    /** A new project: empty with a name, from a track's stems, or with one library track on a track. */
    record CreateRequest(
            @Nullable String name,
            @JsonProperty("from_stems_of") @Nullable UUID fromStemsOf,
            @JsonProperty("with_track") @Nullable UUID withTrack) {}

    private final DawService daw;
    private final ApiCaller caller;

    DawProjectsController(DawService daw, ApiCaller caller) {
        this.daw = daw;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "Your DAW projects, the most recently changed first")
    List<ProjectJson> list(Authentication authentication) {
        return daw.list(caller.of(authentication)).stream().map(ProjectJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Creates a project: {name}, {from_stems_of: track id} or {with_track: track id}")
    ProjectJson create(@RequestBody(required = false) @Nullable CreateRequest request, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        CreateRequest body = request == null ? new CreateRequest(null, null, null) : request;
        UUID stems = body.fromStemsOf();
        UUID track = body.withTrack();
        ProjectSummary created;
        if (stems != null) {
            created = daw.createFromStems(user, stems);
        } else if (track != null) {
            created = daw.addToProject(user, null, track);
        } else {
            String name = body.name();
            created = daw.create(user, name == null ? "Untitled" : name);
        }
        return ProjectJson.of(created);
    }

    @GetMapping(value = "/{projectId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The project's whole current state with its sequence number (see the README for its shape)")
    ResponseEntity<String> get(@PathVariable UUID projectId, Authentication authentication) {
        return json(daw.stateJson(daw.open(caller.of(authentication), projectId)));
    }

    @DeleteMapping("/{projectId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes the project and its history; its open screens close")
    void delete(@PathVariable UUID projectId, Authentication authentication) {
        daw.delete(caller.of(authentication), projectId);
    }

    @PostMapping(
            value = "/{projectId}/operations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Applies a batch {id, ops} in order, all or none; answers the batch as applied"
                    + " ({batch, actor, origin, from, seq, ops}) or 422 with the refused operation and why")
    ResponseEntity<String> apply(
            @PathVariable UUID projectId, @RequestBody String batch, Authentication authentication) {
        return json(daw.batchJson(daw.apply(caller.of(authentication), projectId, batch, null)));
    }

    @GetMapping(value = "/{projectId}/operations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The batches applied after sequence number `after`, in order (to catch up)")
    ResponseEntity<String> since(
            @PathVariable UUID projectId, @RequestParam(defaultValue = "0") long after, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        String body = daw.batchesAfter(user, projectId, after).stream()
                .map(daw::batchJson)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return json(body);
    }

    private static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
