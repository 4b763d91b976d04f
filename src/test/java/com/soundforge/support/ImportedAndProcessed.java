package com.soundforge.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.pipeline.JobStatus;
import com.soundforge.pipeline.PipelineJob;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.security.UserAccount;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Imports a file and waits until every stage of its pipeline (stems, analysis, cues) has completed. */
public final class ImportedAndProcessed {

    private static final long PATIENCE_NANOS = 240_000_000_000L;

    private ImportedAndProcessed() {}

    public static Track track(ImportService imports, PipelineService pipelines, UserAccount user, Path file)
            throws Exception {
        Track track;
        try (InputStream in = Files.newInputStream(file)) {
            track = imports.importAudio(user.id(), in, file.getFileName().toString())
                    .track();
        }
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            List<PipelineJob> jobs = pipelines.jobsOfTrack(user, track.id());
            if (!jobs.isEmpty() && jobs.stream().allMatch(j -> j.status() == JobStatus.COMPLETED)) {
                return track;
            }
            assertThat(jobs).as("pipeline of %s", file).noneMatch(j -> j.status() == JobStatus.FAILED);
            assertThat(System.nanoTime()).as("pipeline done in time").isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
