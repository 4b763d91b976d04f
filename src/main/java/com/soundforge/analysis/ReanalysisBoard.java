package com.soundforge.analysis;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The latest progress of each user's library re-analysis (the pipeline reports it), published live on
 * {@link Topics#libraryAnalysis} as {@link #PROGRESS} for the settings page. Kept in memory: after a restart the
 * re-analysis job reports again when it resumes.
 */
@Service
public class ReanalysisBoard {

    public static final String PROGRESS = "reanalysis:progress";

    private final Broadcaster broadcaster;
    private final Map<UUID, ReanalysisProgress> latest = new ConcurrentHashMap<>();

    ReanalysisBoard(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    /** Stores and publishes the progress, unless it is the same as the last one reported. */
    public void report(ReanalysisProgress progress) {
        ReanalysisProgress before = latest.put(progress.userId(), progress);
        if (!progress.equals(before)) {
            broadcaster.publish(Topics.libraryAnalysis(progress.userId()), PROGRESS, progress);
        }
    }

    /** The user's latest progress; empty when their library was not re-analysed since the server started. */
    public Optional<ReanalysisProgress> latest(UUID userId) {
        return Optional.ofNullable(latest.get(userId));
    }

    /** Whether the user's re-analysis is still going (per the latest report). */
    public boolean running(UUID userId) {
        ReanalysisProgress progress = latest.get(userId);
        return progress != null && !progress.ended();
    }
}
