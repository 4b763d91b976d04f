package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.BpmRangeChosen;
import com.soundforge.analysis.ReanalysisBoard;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a user chooses another BPM range, analyses their library again in it, in the background: a JobRunr job runs
 * the analysis and auto-cue stages again ({@link PipelineService#reanalyse}) of every track whose analysis is not in
 * the range and whose pipeline is idle. A pipeline still running is not touched, but looked at again every
 * {@link #RECHECK} until it is idle: if its analysis was made in the range (a stage that started after the change
 * reads it) it is done, otherwise it is queued then. The range is read afresh at each look, so after a second
 * change every track ends up analysed in the last one, never in a mix. Edited beat grids stay in effect. The
 * progress ("re-analysing 12 of 40 tracks for 70–140 BPM", then the result) goes to the {@link ReanalysisBoard},
 * at the change, at each look and whenever one of the user's analysis or auto-cue stages ends.
 */
@Component
public class LibraryReanalysis {

    private static final Logger log = LoggerFactory.getLogger(LibraryReanalysis.class);
    static final Duration RECHECK = Duration.ofSeconds(3);

    private final JobScheduler scheduler;
    private final PipelineService pipelines;
    private final ReanalysisSurvey surveys;
    private final AnalysisPreferences preferences;
    private final ReanalysisBoard board;

    LibraryReanalysis(
            JobScheduler scheduler,
            PipelineService pipelines,
            ReanalysisSurvey surveys,
            AnalysisPreferences preferences,
            ReanalysisBoard board) {
        this.scheduler = scheduler;
        this.pipelines = pipelines;
        this.surveys = surveys;
        this.preferences = preferences;
        this.board = board;
    }

    @EventListener
    void on(BpmRangeChosen chosen) {
        UUID userId = chosen.userId();
        board.report(surveys.survey(userId, chosen.range()).progress());
        scheduler.<LibraryReanalysis>enqueue(job -> job.run(userId, true));
    }

    @EventListener
    void on(JobEvents.StageFinished finished) {
        if ((finished.type() == JobType.ANALYSIS || finished.type() == JobType.AUTOCUE)
                && board.running(finished.ownerId())) {
            UUID userId = finished.ownerId();
            board.report(surveys.survey(userId, range(userId)).progress());
        }
    }

    /**
     * JobRunr's entry point: queues the user's idle tracks not analysed in their current range and, while some
     * pipeline is still running, looks again after {@link #RECHECK}. Tracks whose analysis failed are tried again
     * only at the look right after a change ({@code retryFailed}), not at every look after.
     *
     * @return how many tracks it queued
     */
    public int run(UUID userId, boolean retryFailed) {
        BpmRange range = range(userId);
        ReanalysisSurvey.Survey survey = surveys.survey(userId, range);
        int queued = 0;
        for (UUID trackId : retryFailed ? survey.toQueueOrRetry() : survey.toQueue()) {
            if (pipelines.reanalyse(trackId)) {
                queued++;
            }
        }
        if (queued > 0 || survey.busy() > 0) {
            scheduler.<LibraryReanalysis>schedule(Instant.now().plus(RECHECK), job -> job.run(userId, false));
        }
        board.report(surveys.survey(userId, range).progress());
        if (queued > 0) {
            log.info("Queued {} tracks of user {} to be analysed again in their BPM range", queued, userId);
        }
        return queued;
    }

    private BpmRange range(UUID userId) {
        return preferences.bpmRange(userId).orElse(null);
    }
}
