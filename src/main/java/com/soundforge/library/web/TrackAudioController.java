package com.soundforge.library.web;

import com.soundforge.library.AudioFile;
import com.soundforge.library.LibraryService;
import com.soundforge.library.OwnerMedia;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import java.io.IOException;
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

/** Streams a track's audio to its owner; Spring answers Range requests with 206 partial content. */
@OwnerMedia
@RestController
class TrackAudioController {

    private final LibraryService library;
    private final UserService users;

    TrackAudioController(LibraryService library, UserService users) {
        this.library = library;
        this.users = users;
    }

    @GetMapping("/media/tracks/{trackId}/audio")
    ResponseEntity<Resource> audio(@PathVariable UUID trackId, Principal principal) throws IOException {
        UserAccount user = users.findByUsername(principal.getName()).orElseThrow(TrackAccessDeniedException::new);
        AudioFile file = library.playableAudio(user.id(), trackId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new FileSystemResource(file.path()));
    }
}
