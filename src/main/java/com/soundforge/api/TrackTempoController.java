package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.analysis.TempoService;
import com.soundforge.analysis.TrackTempo;
import com.soundforge.security.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A track's effective tempo and beat grid, and its owner's edits of it. */
@RestController
@RequestMapping("/api/v1/tracks/{trackId}/tempo")
class TrackTempoController {

    record TempoJson(
            @JsonProperty("track_id") UUID trackId,
            Double bpm,
            @JsonProperty("bpm_source") String bpmSource,
            @JsonProperty("analysed_bpm") Double analysedBpm,
            @JsonProperty("edited_at") Instant editedAt,
            Boolean steady,
            double[] beats,
            double[] downbeats) {

        static TempoJson of(TrackTempo t) {
            return new TempoJson(
                    t.trackId(),
                    t.bpm(),
                    t.tempo() == null ? null : t.source().wire(),
                    t.analysedBpm(),
                    t.editedAt(),
                    t.tempo() == null ? null : t.tempo().steady(),
                    t.tempo() == null ? new double[0] : t.tempo().beats(),
                    t.tempo() == null ? new double[0] : t.tempo().downbeats());
        }
    }

    record EditRequest(@Nullable String action, @Nullable Double value) {}

    private final TempoService tempo;
    private final ApiCaller caller;

    TrackTempoController(TempoService tempo, ApiCaller caller) {
        this.tempo = tempo;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "The track's effective tempo: bpm, bpm_source (analysed|edited), analysed_bpm, the grid")
    TempoJson get(@PathVariable UUID trackId, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        return tempo.tempo(user.id(), trackId)
                .map(TempoJson::of)
                .orElseThrow(() -> new ApiNotFoundException("This track has not been analysed yet."));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The owner edits the beat grid: {action: double|halve|three_halves|two_thirds|tap|shift|downbeat"
                    + "|reset, value: BPM for tap, beats (−1..1) for shift, seconds for downbeat}")
    TempoJson edit(@PathVariable UUID trackId, @RequestBody EditRequest request, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        return TempoJson.of(tempo.edit(user.id(), trackId, request.action(), request.value()));
    }

    @DeleteMapping
    @Operation(summary = "The owner drops their edit: the analysed grid is the effective one again")
    TempoJson reset(@PathVariable UUID trackId, Authentication authentication) {
        return TempoJson.of(tempo.reset(caller.of(authentication).id(), trackId));
    }
}
