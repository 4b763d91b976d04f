package com.soundforge.api;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.security.UserAccount;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A track's full analysis as JSON: summary (bpm, key, camelot, open_key, integrated_lufs…), then the report
 * (beat grid, feature series, energy) and the structure (sections, cues, loops).
 */
@RestController
class TrackAnalysisApiController {

    private final AnalysisService analysis;
    private final ApiCaller caller;

    TrackAnalysisApiController(AnalysisService analysis, ApiCaller caller) {
        this.analysis = analysis;
        this.caller = caller;
    }

    @GetMapping(value = "/api/v1/tracks/{trackId}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> analysis(@PathVariable UUID trackId, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        String json = analysis.exportJson(user.id(), trackId)
                .orElseThrow(() -> new ApiNotFoundException("This track has not been analysed yet."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
