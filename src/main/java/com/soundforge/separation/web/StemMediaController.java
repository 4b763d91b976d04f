package com.soundforge.separation.web;

import com.soundforge.library.OwnerMedia;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.StemFile;
import com.soundforge.separation.StemType;
import java.security.Principal;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Streams one stem to the track's owner ({@code /media/tracks/{id}/stems/{stem}}), like the track's audio. */
@OwnerMedia
@RestController
class StemMediaController {

    private final SeparationService separation;
    private final UserService users;

    StemMediaController(SeparationService separation, UserService users) {
        this.separation = separation;
        this.users = users;
    }

    @GetMapping("/media/tracks/{trackId}/stems/{stem}")
    ResponseEntity<Resource> stem(@PathVariable UUID trackId, @PathVariable String stem, Principal principal) {
        UserAccount user = users.findByUsername(principal.getName()).orElseThrow(TrackAccessDeniedException::new);
        StemType type = StemType.fromWire(stem).orElseThrow(() -> new TrackNotFoundException("No such stem."));
        StemFile file = separation
                .stemFile(user.id(), trackId, type)
                .orElseThrow(() -> new TrackNotFoundException("No such stem."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(StemFile.MEDIA_TYPE))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new FileSystemResource(file.path()));
    }
}
