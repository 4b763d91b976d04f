package com.soundforge.library.web;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.library.LibraryService;
import com.soundforge.library.OwnerMedia;
import com.soundforge.library.Track;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The track page's "Export analysis" download, for the signed-in owner. */
@OwnerMedia
@RestController
class TrackAnalysisController {

    private final LibraryService library;
    private final AnalysisService analysis;
    private final UserService users;

    TrackAnalysisController(LibraryService library, AnalysisService analysis, UserService users) {
        this.library = library;
        this.analysis = analysis;
        this.users = users;
    }

    @GetMapping("/media/tracks/{trackId}/analysis.json")
    ResponseEntity<String> export(@PathVariable UUID trackId, Principal principal) {
        UserAccount user = users.findByUsername(principal.getName()).orElseThrow(TrackAccessDeniedException::new);
        Track track = library.get(user.id(), trackId);
        return analysis.exportJson(user.id(), trackId)
                .map(json -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(
                                                FileNames.safe(track.displayName()) + ".analysis.json",
                                                StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(json))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("This track has not been analysed yet."));
    }
}
