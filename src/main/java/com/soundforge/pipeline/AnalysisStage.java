package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TrackAnalysis;
import com.soundforge.library.AudioFile;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import org.springframework.stereotype.Component;

/** Analyses the track's audio (tempo, beats, key, loudness, features) and stores the result, replacing an earlier one. */
@Component
class AnalysisStage implements PipelineStage {

    private final LibraryService library;
    private final AnalysisService analysis;

    AnalysisStage(LibraryService library, AnalysisService analysis) {
        this.library = library;
        this.analysis = analysis;
    }

    @Override
    public JobType type() {
        return JobType.ANALYSIS;
    }

    @Override
    public StageResult run(StageContext context) throws Exception {
        PipelineJob job = context.job();
        Track track = library.get(job.ownerId(), job.trackId());
        AudioFile audio = library.audioFile(job.ownerId(), job.trackId());
        context.progress(0, "Analysing…");
        TrackAnalysis result = analysis.analyse(
                track.id(),
                audio.path(),
                fraction -> context.progress((int) Math.min(99, fraction * 100), "Analysing…"));
        String summary = AnalysisSummary.of(result);
        context.log(summary);
        return StageResult.done(summary);
    }
}
