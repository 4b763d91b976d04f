package com.soundforge.pipeline;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.separation.SeparationException;
import com.soundforge.separation.SeparationService;
import org.springframework.stereotype.Component;

/**
 * Separates the track into stems with its owner's chosen engine, replacing earlier stems; safe to re-run.
 * Progress goes through the stage context, whose {@code progress} also surfaces a cancel request. Its output is
 * the stems folder, with the stems' total size.
 */
@Component
class StemSeparationStage implements PipelineStage {

    private final LibraryService library;
    private final SeparationService separation;

    StemSeparationStage(LibraryService library, SeparationService separation) {
        this.library = library;
        this.separation = separation;
    }

    @Override
    public JobType type() {
        return JobType.PROCESSING;
    }

    @Override
    public StageResult run(StageContext context) throws Exception {
        PipelineJob job = context.job();
        Track track = library.get(job.ownerId(), job.trackId());
        context.progress(0, "Separating stems…");
        try {
            SeparationService.Separation result = separation.separate(
                    track.ownerId(),
                    track.id(),
                    fraction -> context.progress((int) (fraction * 100), "Separating stems…"));
            context.log(result.summary());
            return new StageResult(result.summary(), result.folder().toString(), result.totalBytes(), false);
        } catch (SeparationException e) {
            if (e.permanent() && e.getCause() instanceof AudioDecodeException decodeFailure) {
                throw decodeFailure; // undecodable audio: fails at once with the decoder's message
            }
            throw e;
        }
    }
}
