package com.soundforge.api;

import com.soundforge.daw.DawService;
import com.soundforge.daw.export.DawExportJson;
import com.soundforge.daw.export.DawExportService;
import com.soundforge.daw.export.ExportFile;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Renders of DAW projects: start one (a job with progress), follow it, download its file. */
@RestController
class DawExportsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DawService daw;
    private final DawExportService exports;
    private final ApiCaller caller;

    DawExportsController(DawService daw, DawExportService exports, ApiCaller caller) {
        this.daw = daw;
        this.exports = exports;
        this.caller = caller;
    }

    @PostMapping(value = "/api/v1/daw/projects/{projectId}/exports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Renders the project as it is now: {format: wav24|wav32f|stems-zip, add_to_library}")
    Map<String, Object> start(
            @PathVariable UUID projectId,
            @RequestBody(required = false) @Nullable String request,
            Authentication authentication) {
        Map<?, ?> body = request == null || request.isBlank() ? Map.of() : readObject(request);
        String format = body.get("format") instanceof String f ? f : "wav24";
        boolean addToLibrary = Boolean.TRUE.equals(body.get("add_to_library"));
        return DawExportJson.of(daw.startExport(caller.of(authentication), projectId, format, addToLibrary));
    }

    private static Map<?, ?> readObject(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("The request body must be a JSON object {format, add_to_library}.");
        }
    }

    @GetMapping("/api/v1/daw/projects/{projectId}/exports")
    @Operation(summary = "The project's exports, newest first")
    List<Map<String, Object>> list(@PathVariable UUID projectId, Authentication authentication) {
        return daw.exports(caller.of(authentication), projectId).stream()
                .map(DawExportJson::of)
                .toList();
    }

    @GetMapping("/api/v1/daw/exports/{exportId}")
    @Operation(summary = "An export as a job: status, progress, silent_clip_ids and, once done, download_url")
    Map<String, Object> get(@PathVariable UUID exportId, Authentication authentication) {
        return DawExportJson.of(exports.get(caller.of(authentication).id(), exportId));
    }

    @GetMapping("/api/v1/daw/exports/{exportId}/download")
    @Operation(summary = "The rendered WAV or stems ZIP, named after the project; 404 until it is ready")
    ResponseEntity<Resource> download(@PathVariable UUID exportId, Authentication authentication) {
        ExportFile file = exports.file(caller.of(authentication).id(), exportId);
        return file.asDownload();
    }
}
