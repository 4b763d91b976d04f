package com.soundforge.daw.web;

import com.soundforge.daw.export.DawExportService;
import com.soundforge.daw.export.ExportFile;
import com.soundforge.library.OwnerMedia;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import java.security.Principal;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A completed export's file for its owner, saved under the project's name. */
@OwnerMedia
@RestController
class DawExportDownloadController {

    private final DawExportService exports;
    private final UserService users;

    DawExportDownloadController(DawExportService exports, UserService users) {
        this.exports = exports;
        this.users = users;
    }

    @GetMapping("/media/daw/exports/{exportId}/download")
    ResponseEntity<Resource> download(@PathVariable UUID exportId, Principal principal) {
        UserAccount user = users.findByUsername(principal.getName()).orElseThrow(TrackAccessDeniedException::new);
        ExportFile file = exports.file(user.id(), exportId);
        return file.asDownload();
    }
}
