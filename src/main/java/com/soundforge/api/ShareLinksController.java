package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.dj.DjService;
import com.soundforge.realtime.Topics;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a share link opens, for a client that holds nothing but the link: the DJ session and the channel topic to
 * join with the token. Public (the token is the credential); a revoked or unknown token is 404, like a missing one.
 */
@RestController
class ShareLinksController {

    static final String PATH = "/api/v1/share-links/{token}";

    record SharedSession(@JsonProperty("session_id") UUID sessionId, String name, String topic) {}

    private final DjService dj;

    ShareLinksController(DjService dj) {
        this.dj = dj;
    }

    @GetMapping(PATH)
    @Operation(
            summary = "The DJ session a live share token opens: session_id, name and the channel topic to join "
                    + "(with {\"token\": …} on a socket connected with the share parameter); 404 for a dead token")
    SharedSession resolve(@PathVariable String token) {
        return dj.sessionForShareToken(token)
                .map(session -> new SharedSession(session.id(), session.name(), Topics.djSession(session.id())))
                .orElseThrow(() -> new ApiNotFoundException("no live share link with this token"));
    }
}
