package com.soundforge.api;

import com.soundforge.library.LibraryService;
import com.soundforge.library.TrackQuery;
import com.soundforge.library.TrackSort;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportResult;
import com.soundforge.library.imports.ImportService;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.security.UserAccount;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The caller's library over REST. */
@RestController
@RequestMapping("/api/v1/tracks")
class TracksController {

    static final int MAX_PAGE = 500;
    static final double MAX_BPM = 1000;

    record TrackPage(List<TrackJson> tracks, int total, int offset, int limit) {}

    private final LibraryService library;
    private final ImportService imports;
    private final PipelineService pipelines;
    private final ApiCaller caller;

    TracksController(LibraryService library, ImportService imports, PipelineService pipelines, ApiCaller caller) {
        this.library = library;
        this.imports = imports;
        this.pipelines = pipelines;
        this.caller = caller;
    }

    @PostMapping
    ResponseEntity<TrackJson> upload(@RequestParam("file") MultipartFile file, Authentication authentication)
            throws ImportException, IOException {
        UserAccount user = caller.of(authentication);
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = imports.importAudio(user.id(), in, UploadFileNames.safe(file.getOriginalFilename()));
        }
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/tracks/" + result.track().id()))
                .body(TrackJson.of(result.track()));
    }

    @GetMapping
    TrackPage list(
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "added") String sort,
            @RequestParam(defaultValue = "desc") String order,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(name = "bpm_min", required = false) Double bpmMin,
            @RequestParam(name = "bpm_max", required = false) Double bpmMax,
            @RequestParam(name = "compatible_with", required = false) String compatibleWith,
            Authentication authentication) {
        UserAccount user = caller.of(authentication);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit between 1 and " + MAX_PAGE + ".");
        }
        requireBpm("bpm_min", bpmMin);
        requireBpm("bpm_max", bpmMax);
        TrackSort trackSort = parseSort(sort);
        boolean ascending = switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new IllegalArgumentException("order is asc or desc.");
        };
        TrackQuery query = new TrackQuery(search, bpmMin, bpmMax, compatibleWith, trackSort, ascending, offset, limit);
        List<TrackJson> tracks =
                library.list(user.id(), query).stream().map(TrackJson::of).toList();
        return new TrackPage(tracks, library.countMatching(user.id(), query), offset, limit);
    }

    @GetMapping("/{trackId}")
    TrackJson get(@PathVariable UUID trackId, Authentication authentication) {
        return TrackJson.of(library.get(caller.of(authentication).id(), trackId));
    }

    @DeleteMapping("/{trackId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID trackId, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        library.get(user.id(), trackId);
        library.delete(user.id(), List.of(trackId));
    }

    @PostMapping("/{trackId}/pipeline")
    ResponseEntity<List<JobJson>> runPipeline(@PathVariable UUID trackId, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        library.get(user.id(), trackId);
        List<JobJson> jobs =
                pipelines.rerun(user, trackId).stream().map(JobJson::of).toList();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs);
    }

    private static void requireBpm(String parameter, Double bpm) {
        if (bpm != null && !(bpm >= 0 && bpm <= MAX_BPM)) {
            throw new IllegalArgumentException(parameter + " is a tempo between 0 and " + (int) MAX_BPM + " BPM.");
        }
    }

    private static TrackSort parseSort(String sort) {
        try {
            return TrackSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort is one of title, artist, album, duration, added, bpm, key, lufs.");
        }
    }
}
