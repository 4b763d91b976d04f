package com.soundforge.daw.web;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.daw.streams.DawSources;
import com.soundforge.daw.streams.SourcePeaks;
import com.soundforge.library.OwnerMedia;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clip source's prepared stream for the browser's engine, in chunks of {@code 4 · rate} frames of float32 LE
 * interleaved stereo (404 past the end; immutable, since the address holds everything the bytes depend on), and
 * the source's waveform peaks at its own rate. Without a {@link DawMediaAccess} bean nobody may read them.
 */
@OwnerMedia
@RestController
class DawSourceMediaController {

    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final DawSources sources;
    private final ObjectProvider<DawMediaAccess> access;
    private final UserService users;

    DawSourceMediaController(DawSources sources, ObjectProvider<DawMediaAccess> access, UserService users) {
        this.sources = sources;
        this.access = access;
        this.users = users;
    }

    @GetMapping("/media/daw/{projectId}/sources/{trackId}/{stream}/chunks/{k}")
    ResponseEntity<byte[]> chunk(
            @PathVariable UUID projectId,
            @PathVariable UUID trackId,
            @PathVariable String stream,
            @PathVariable long k,
            @RequestParam(defaultValue = "48000") int rate,
            @RequestParam(defaultValue = "1.0") double stretch,
            Principal principal)
            throws IOException, AudioDecodeException {
        UUID userId = reader(principal, projectId, trackId);
        if (!DawSources.RATES.contains(rate)) {
            return badRequest("rate must be 44100 or 48000");
        }
        double checked;
        try {
            checked = DawSources.checkedStretch(stretch);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        return sources.chunk(userId, trackId, stream, rate, checked, k)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .cacheControl(IMMUTABLE)
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("No such chunk.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @GetMapping("/media/daw/{projectId}/sources/{trackId}/{stream}/peaks")
    ResponseEntity<SourcePeaks> peaks(
            @PathVariable UUID projectId, @PathVariable UUID trackId, @PathVariable String stream, Principal principal)
            throws IOException, AudioDecodeException {
        UUID userId = reader(principal, projectId, trackId);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(sources.peaks(userId, trackId, stream));
    }

    private UUID reader(Principal principal, UUID projectId, UUID trackId) {
        UserAccount user = users.findByUsername(principal.getName()).orElseThrow(TrackAccessDeniedException::new);
        DawMediaAccess rule = access.getIfAvailable();
        if (rule == null) {
            throw new TrackAccessDeniedException();
        }
        return rule.libraryOwner(user.id(), projectId, trackId).orElseThrow(TrackAccessDeniedException::new);
    }

    private static ResponseEntity<byte[]> badRequest(String message) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.TEXT_PLAIN)
                .body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
