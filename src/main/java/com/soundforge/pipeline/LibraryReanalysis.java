package com.soundforge.pipeline;

import com.soundforge.analysis.BpmRangeChosen;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackQuery;
import com.soundforge.library.TrackSort;
import java.util.List;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a user chooses another BPM range, analyses their whole library again in the background: a JobRunr job walks
 * their tracks and runs each one's analysis and auto-cue stages again ({@link PipelineService#reanalyse}), which show
 * their progress like every pipeline stage. Edited beat grids stay in effect. A track whose pipeline is still
 * running is left to it: its analysis stage reads the range when it starts.
 */
@Component
public class LibraryReanalysis {

    private static final Logger log = LoggerFactory.getLogger(LibraryReanalysis.class);
    static final int PAGE = 200;

    private final JobScheduler scheduler;
    private final LibraryService library;
    private final PipelineService pipelines;

    LibraryReanalysis(JobScheduler scheduler, LibraryService library, PipelineService pipelines) {
        this.scheduler = scheduler;
        this.library = library;
        this.pipelines = pipelines;
    }

    @EventListener
    void on(BpmRangeChosen chosen) {
        UUID userId = chosen.userId();
        scheduler.<LibraryReanalysis>enqueue(job -> job.run(userId));
    }

    /** JobRunr's entry point: queues every track of the user to be analysed again; returns how many. */
    public int run(UUID userId) {
        int queued = 0;
        int offset = 0;
        List<Track> page;
        do {
            page = library.list(userId, new TrackQuery(null, TrackSort.ADDED, true, offset, PAGE));
            for (Track track : page) {
                if (pipelines.reanalyse(track.id())) {
                    queued++;
                }
            }
            offset += page.size();
        } while (page.size() == PAGE);
        log.info("Queued {} tracks of user {} to be analysed again in their new BPM range", queued, userId);
        return queued;
    }
}
