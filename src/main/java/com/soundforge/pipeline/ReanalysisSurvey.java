package com.soundforge.pipeline;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.ReanalysisProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where each track of a user's library stands with respect to a BPM range: analysed in it with its pipeline idle
 * (done), failed, still running, or idle but analysed otherwise (to queue). Only tracks with an analysis stage
 * count: a pipeline never started is not the library's analysis.
 */
@Component
class ReanalysisSurvey {

    private final PipelineJobRepository jobs;
    private final AnalysisService analysis;

    ReanalysisSurvey(PipelineJobRepository jobs, AnalysisService analysis) {
        this.jobs = jobs;
        this.analysis = analysis;
    }

    /**
     * @param toQueue  idle, not analysed in the range, and its last analysis did not fail
     * @param failed   idle, not analysed in the range, and its last analysis failed (or was skipped)
     * @param busy     how many pipelines still run
     */
    record Survey(ReanalysisProgress progress, List<UUID> toQueue, List<UUID> failed, int busy) {

        List<UUID> toQueueOrRetry() {
            List<UUID> all = new ArrayList<>(toQueue);
            all.addAll(failed);
            return all;
        }
    }

    Survey survey(UUID userId, BpmRange range) {
        Map<UUID, List<PipelineJob>> byTrack = new LinkedHashMap<>();
        for (PipelineJob job : jobs.findByOwner(userId)) {
            byTrack.computeIfAbsent(job.trackId(), id -> new ArrayList<>()).add(job);
        }
        byTrack.values().removeIf(stages -> stages.stream().noneMatch(j -> j.type() == JobType.ANALYSIS));
        Set<UUID> inRange = analysis.analysedIn(byTrack.keySet(), range);
        int done = 0;
        int busy = 0;
        List<UUID> toQueue = new ArrayList<>();
        List<UUID> failed = new ArrayList<>();
        for (Map.Entry<UUID, List<PipelineJob>> track : byTrack.entrySet()) {
            List<PipelineJob> stages = track.getValue();
            if (stages.stream().anyMatch(j -> !j.status().isFinished())) {
                busy++;
            } else if (stages.stream()
                    .anyMatch(j -> j.type() == JobType.ANALYSIS && j.status() != JobStatus.COMPLETED)) {
                failed.add(track.getKey());
            } else if (inRange.contains(track.getKey())) {
                done++;
            } else {
                toQueue.add(track.getKey());
            }
        }
        ReanalysisProgress progress = new ReanalysisProgress(userId, range, byTrack.size(), done, failed.size());
        return new Survey(progress, toQueue, failed, busy);
    }
}
