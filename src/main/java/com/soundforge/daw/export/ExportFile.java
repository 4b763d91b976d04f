package com.soundforge.daw.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A completed export's file, for download: its path, the name to save it as, media type and size. */
public record ExportFile(Path path, String fileName, String mediaType, long sizeBytes) {

    /** The file as an HTTP download saved under {@link #fileName}, for its owner only (never cached publicly). */
    public ResponseEntity<Resource> asDownload() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new FileSystemResource(path));
    }
}
