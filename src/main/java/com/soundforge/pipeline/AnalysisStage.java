package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.TrackAnalysis;
import com.soundforge.library.AudioFile;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import org.springframework.stereotype.Component;

/**
 * Analyses the track's audio (tempo, beats, key, loudness, features) within its owner's BPM range, if they chose one,
 * and stores the result, replacing an earlier one (an edited beat grid stays in effect).
 */
@Component
class AnalysisStage implements PipelineStage {

    private final LibraryService library;
    private final AnalysisService analysis;
    private final AnalysisPreferences preferences;

    AnalysisStage(LibraryService library, AnalysisService analysis, AnalysisPreferences preferences) {
        this.library = library;
        this.analysis = analysis;
        this.preferences = preferences;
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
        BpmRange range = preferences.bpmRange(job.ownerId()).orElse(null);
        context.progress(0, "Analysing…");
        TrackAnalysis result = analysis.analyse(
                track.id(),
                audio.path(),
                range,
                fraction -> context.progress((int) Math.min(99, fraction * 100), "Analysing…"));
        String summary = AnalysisSummary.of(result, range);
        context.log(summary);
        return StageResult.done(summary);
    }
}
