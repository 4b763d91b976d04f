package com.soundforge.pipeline;

import com.soundforge.library.LibraryService;
import com.soundforge.library.imports.ImportResult;
import com.soundforge.library.imports.ImportService;
import org.springframework.stereotype.Component;

/** Downloads a URL import and adds it to the owner's library under the pipeline's track id. */
@Component
class DownloadStage implements PipelineStage {

    private final LibraryService library;
    private final ImportService imports;

    DownloadStage(LibraryService library, ImportService imports) {
        this.library = library;
        this.imports = imports;
    }

    @Override
    public JobType type() {
        return JobType.DOWNLOAD;
    }

    @Override
    public StageResult run(StageContext context) throws Exception {
        PipelineJob job = context.job();
        context.log("Downloading " + job.sourceUrl());
        ImportResult result = imports.importFromUrl(
                job.ownerId(),
                job.trackId(),
                job.sourceUrl(),
                (received, total) -> context.progress(
                        total > 0 ? (int) (received * 95 / total) : 0,
                        total > 0
                                ? "Downloading… " + megabytes(received) + " of " + megabytes(total)
                                : "Downloading… " + megabytes(received)));
        var file = library.audioFile(job.ownerId(), result.track().id());
        if (result.duplicate()) {
            return new StageResult(
                    "Already in your library as “" + result.track().displayName() + "”",
                    file.path().toString(),
                    file.sizeBytes(),
                    true);
        }
        return new StageResult(
                "Imported “" + result.track().displayName() + "”", file.path().toString(), file.sizeBytes(), false);
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / 1e6);
    }
}
