package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.security.UserAccount;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import com.soundforge.separation.StemFile;
import com.soundforge.separation.StemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A track's stems over REST: the list, one stem's WAV (with Range support), or all of them as a streamed ZIP. */
@RestController
@RequestMapping("/api/v1/tracks/{trackId}")
class StemsController {

    /** A stem on the wire. */
    record StemJson(
            String stem,
            String engine,
            String model,
            long frames,
            @JsonProperty("sample_rate_hz") int sampleRateHz,
            @JsonProperty("size_bytes") long sizeBytes,
            @JsonProperty("download_url") String downloadUrl) {

        static StemJson of(Stem s) {
            return new StemJson(
                    s.type().wire(),
                    s.engine(),
                    s.model(),
                    s.frames(),
                    s.sampleRateHz(),
                    s.sizeBytes(),
                    "/api/v1/tracks/" + s.trackId() + "/stems/" + s.type().wire());
        }
    }

    private final SeparationService separation;
    private final ApiCaller caller;

    StemsController(SeparationService separation, ApiCaller caller) {
        this.separation = separation;
        this.caller = caller;
    }

    @GetMapping("/stems")
    @Operation(summary = "The track's stems with their engine and model; 404 before the track is separated")
    List<StemJson> list(@PathVariable UUID trackId, Authentication authentication) {
        List<Stem> stems = separation.stems(caller.of(authentication).id(), trackId);
        if (stems.isEmpty()) {
            throw new ApiNotFoundException("This track has no stems yet.");
        }
        return stems.stream().map(StemJson::of).toList();
    }

    @GetMapping("/stems/{stem}")
    @Operation(summary = "One stem as WAV (vocals, drums, bass, other or instrumental); supports Range")
    ResponseEntity<Resource> stem(
            @PathVariable UUID trackId, @PathVariable String stem, Authentication authentication) {
        UserAccount user = caller.of(authentication);
        StemType type = StemType.fromWire(stem).orElseThrow(() -> new ApiNotFoundException("No stem " + stem + "."));
        StemFile file = separation
                .stemFile(user.id(), trackId, type)
                .orElseThrow(() -> new ApiNotFoundException("This track has no " + stem + " stem."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(StemFile.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(type.wire() + ".wav")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new FileSystemResource(file.path()));
    }

    @GetMapping("/stems.zip")
    @Operation(summary = "All of the track's stems in one ZIP, streamed")
    void zip(@PathVariable UUID trackId, Authentication authentication, HttpServletResponse response)
            throws java.io.IOException {
        UserAccount user = caller.of(authentication);
        List<StemFile> files = new ArrayList<>();
        for (Stem stem : separation.stems(user.id(), trackId)) {
            separation.stemFile(user.id(), trackId, stem.type()).ifPresent(files::add);
        }
        if (files.isEmpty()) {
            throw new ApiNotFoundException("This track has no stems yet.");
        }
        // written on the request thread straight to the response (no async dispatch, which the stateless API's
        // security would refuse), one file after the other: nothing is held in memory
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("stems-" + trackId + ".zip")
                        .build()
                        .toString());
        writeZip(files, response.getOutputStream());
    }

    /** WAV barely compresses, so entries are stored with the fastest deflate level; nothing is held in memory. */
    static void writeZip(List<StemFile> files, OutputStream out) throws java.io.IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (StemFile file : files) {
                zip.putNextEntry(new ZipEntry(file.type().wire() + ".wav"));
                Files.copy(file.path(), zip);
                zip.closeEntry();
            }
        }
    }
}
