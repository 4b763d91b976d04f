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
 * reads it) it is done, otherwise it is queued then. A user has one chain of looks at a time: a change while it runs
 * joins it ({@link ReanalysisChainRepository}), and as the range is read afresh at each look, after a second change
 * every track ends up analysed in the last one, never in a mix, and no track is queued twice by two chains. Edited
 * beat grids stay in effect. The progress ("re-analysing 12 of 40 tracks for 70–140 BPM", then the result) goes to
 * the {@link ReanalysisBoard}, at the change, at each look and whenever one of the user's analysis or auto-cue
 * stages ends.
 */
@Component
public class LibraryReanalysis {

    private static final Logger log = LoggerFactory.getLogger(LibraryReanalysis.class);
    static final Duration RECHECK = Duration.ofSeconds(3);
    /** A chain that has not looked for this long lost its job (deleted, or failing): the next change takes over. */
    static final Duration LOST = Duration.ofMinutes(5);

    private final JobScheduler scheduler;
    private final PipelineService pipelines;
    private final ReanalysisSurvey surveys;
    private final AnalysisPreferences preferences;
    private final ReanalysisBoard board;
    private final ReanalysisChainRepository chains;

    LibraryReanalysis(
            JobScheduler scheduler,
            PipelineService pipelines,
            ReanalysisSurvey surveys,
            AnalysisPreferences preferences,
            ReanalysisBoard board,
            ReanalysisChainRepository chains) {
        this.scheduler = scheduler;
        this.chains = chains;
        this.pipelines = pipelines;
        this.surveys = surveys;
        this.preferences = preferences;
        this.board = board;
    }

    @EventListener
    void on(BpmRangeChosen chosen) {
        UUID userId = chosen.userId();
        board.report(surveys.survey(userId, chosen.range()).progress());
        if (startsChain(userId)) {
            scheduler.<LibraryReanalysis>enqueue(job -> job.run(userId, true));
        }
    }

    /** Whether the change starts a chain (none runs, or the last one was lost); false: it joined the running one. */
    private boolean startsChain(UUID userId) {
        Instant aliveSince = Instant.now().minus(LOST);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (chains.start(userId) || chains.takeOver(userId, aliveSince)) {
                return true;
            }
            if (chains.join(userId, aliveSince)) {
                return false;
            }
            // the chain ended between the two: start one
        }
        return true;
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
     * JobRunr's entry point, one look of the user's chain: queues the user's idle tracks not analysed in their current
     * range and, while some pipeline is still running, looks again after {@link #RECHECK}. Tracks whose analysis
     * failed are tried again only at the look right after a change ({@code retryFailed}, or a change that joined the
     * chain since its last look), not at every look after. A change that joins during the look gets one more.
     *
     * @return how many tracks it queued
     */
    public int run(UUID userId, boolean retryFailed) {
        boolean changed = chains.lookStarts(userId);
        BpmRange range = range(userId);
        ReanalysisSurvey.Survey survey = surveys.survey(userId, range);
        int queued = 0;
        for (UUID trackId : retryFailed || changed ? survey.toQueueOrRetry() : survey.toQueue()) {
            if (pipelines.reanalyse(trackId)) {
                queued++;
            }
        }
        if (queued > 0 || survey.busy() > 0) {
            scheduler.<LibraryReanalysis>schedule(Instant.now().plus(RECHECK), job -> job.run(userId, false));
        } else if (!chains.end(userId)) {
            scheduler.<LibraryReanalysis>enqueue(job -> job.run(userId, false));
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
