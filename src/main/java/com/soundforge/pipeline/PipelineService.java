package com.soundforge.pipeline;

import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's public API: start pipelines, read jobs, retry, cancel and dismiss. Jobs are visible only to
 * their owner and to admins.
 */
@Service
public class PipelineService {

    static final int VISIBLE_PIPELINES = 50;

    private final PipelineJobRepository jobs;
    private final JobQueue queue;
    private final JobEvents events;
    private final ImportService imports;
    private final TransactionTemplate transaction;
    private final List<JobType> installedStages;

    PipelineService(
            PipelineJobRepository jobs,
            JobQueue queue,
            JobEvents events,
            ImportService imports,
            TransactionTemplate transaction,
            List<PipelineStage> stages) {
        this.jobs = jobs;
        this.queue = queue;
        this.events = events;
        this.imports = imports;
        this.transaction = transaction;
        this.installedStages = stages.stream().map(PipelineStage::type).sorted().toList();
    }

    /** Queues a URL import: a download stage, then every other installed stage; the first of a playlist. */
    public ImportStarted importUrl(UUID ownerId, String url) throws ImportException {
        return importLink(ownerId, url).getFirst();
    }

    /** Queues one import pipeline per track the link brings in (one, or every item of a Spotify playlist). */
    public List<ImportStarted> importLink(UUID ownerId, String url) throws ImportException {
        List<ImportStarted> started = new ArrayList<>();
        for (String source : imports.resolveImportLink(url)) {
            UUID trackId = UUID.randomUUID();
            List<UUID> created = createStages(ownerId, trackId, installedStages, source);
            queue.enqueue(created.getFirst());
            started.add(new ImportStarted(trackId, created.getFirst()));
        }
        return started;
    }

    /** Queues the stages after download for a track that is already in the library; a no-op if it has them. */
    public List<PipelineJob> startForImportedTrack(UUID ownerId, UUID trackId) {
        if (jobs.existsForTrack(trackId)) {
            return jobs.findByTrack(trackId);
        }
        List<JobType> stages = installedStages.stream()
                .filter(type -> type != JobType.DOWNLOAD)
                .toList();
        if (stages.isEmpty()) {
            return List.of();
        }
        List<UUID> created = createStages(ownerId, trackId, stages, null);
        AfterCommit.run(() -> queue.enqueue(created.getFirst()));
        return jobs.findByTrack(trackId);
    }

    /**
     * Runs a track's pipeline again: from its first failed (or not run) stage when it has one, otherwise its stages
     * after download (e.g. after an engine upgrade); either way adding stages installed since. While any stage is
     * still queued or running it changes nothing and returns the stages as they are.
     */
    public List<PipelineJob> rerun(UserAccount user, UUID trackId) {
        List<PipelineJob> existing = jobsOfTrack(user, trackId);
        if (existing.isEmpty()) {
            return startForImportedTrack(user.id(), trackId);
        }
        if (existing.stream().anyMatch(job -> !job.status().isFinished())) {
            return existing;
        }
        Optional<PipelineJob> firstFailed = existing.stream()
                .filter(job -> job.status() == JobStatus.FAILED || job.status() == JobStatus.SKIPPED)
                .findFirst();
        if (firstFailed.isPresent()) {
            return rerunFrom(user, trackId, firstFailed.get());
        }
        List<JobType> present = existing.stream().map(PipelineJob::type).toList();
        List<JobType> missing = installedStages.stream()
                .filter(type -> type != JobType.DOWNLOAD && !present.contains(type))
                .toList();
        if (!missing.isEmpty()) {
            createStages(user.id(), trackId, missing, null);
        }
        List<PipelineJob> stages = jobs.findByTrack(trackId).stream()
                .filter(job -> job.type() != JobType.DOWNLOAD)
                .toList();
        if (stages.isEmpty()) {
            return existing;
        }
        stages.forEach(stage -> jobs.resetForRerun(stage.id()));
        queue.enqueueAgain(stages.getFirst().id());
        stages.forEach(stage -> publish(stage.id()));
        return jobs.findByTrack(trackId);
    }

    private List<PipelineJob> rerunFrom(UserAccount user, UUID trackId, PipelineJob failed) {
        List<JobType> present =
                jobs.findByTrack(trackId).stream().map(PipelineJob::type).toList();
        List<JobType> missing = installedStages.stream()
                .filter(type -> type != JobType.DOWNLOAD && !present.contains(type))
                .toList();
        if (!missing.isEmpty()) {
            createStages(user.id(), trackId, missing, null);
        }
        List<PipelineJob> again = jobs.findByTrack(trackId).stream()
                .filter(job -> job.stageOrder() >= failed.stageOrder() && job.status() != JobStatus.QUEUED)
                .toList();
        again.forEach(stage -> jobs.resetForRerun(stage.id()));
        jobs.log(failed.id(), "INFO", "Pipeline run again from this stage by " + user.username());
        queue.enqueueAgain(failed.id());
        again.forEach(stage -> publish(stage.id()));
        return jobs.findByTrack(trackId);
    }

    public PipelineJob job(UserAccount user, UUID jobId) {
        PipelineJob job = jobs.find(jobId).orElseThrow(JobNotFoundException::new);
        if (!user.isAdmin() && !job.ownerId().equals(user.id())) {
            throw new JobAccessDeniedException();
        }
        return job;
    }

    public List<PipelineJob> jobsOfTrack(UserAccount user, UUID trackId) {
        List<PipelineJob> found = jobs.findByTrack(trackId);
        if (!found.isEmpty() && !user.isAdmin() && !found.getFirst().ownerId().equals(user.id())) {
            throw new JobAccessDeniedException();
        }
        return found;
    }

    /** The user's pipelines that were not dismissed, newest first; each list holds one track's stages in order. */
    public List<List<PipelineJob>> visiblePipelines(UUID ownerId) {
        Map<UUID, List<PipelineJob>> byTrack = new LinkedHashMap<>();
        for (PipelineJob job : jobs.findVisible(ownerId, VISIBLE_PIPELINES)) {
            byTrack.computeIfAbsent(job.trackId(), id -> new ArrayList<>()).add(job);
        }
        byTrack.values().forEach(stages -> stages.sort(Comparator.comparingInt(PipelineJob::stageOrder)));
        return List.copyOf(byTrack.values());
    }

    public List<JobLogLine> log(UserAccount user, UUID jobId) {
        job(user, jobId);
        return jobs.logOf(jobId);
    }

    /** Runs a failed stage again with a fresh attempt budget. */
    public PipelineJob retry(UserAccount user, UUID jobId) {
        PipelineJob job = job(user, jobId);
        if (!jobs.resetForRetry(job.id())) {
            throw new IllegalStateException("Only a failed stage can be retried.");
        }
        jobs.log(jobId, "INFO", "Retry requested by " + user.username());
        queue.enqueueAgain(jobId);
        return publish(jobId);
    }

    /** Cancels a stage and the stages after it; a running stage stops at its next progress report. */
    public void cancel(UserAccount user, UUID jobId) {
        PipelineJob job = job(user, jobId);
        for (PipelineJob stage : jobs.findByTrack(job.trackId())) {
            if (stage.stageOrder() < job.stageOrder() || stage.status().isFinished()) {
                continue;
            }
            jobs.requestCancel(stage.id());
            jobs.log(stage.id(), "INFO", "Cancel requested by " + user.username());
            if (stage.status() == JobStatus.QUEUED) {
                queue.deleteQueued(stage.id());
                jobs.markFailed(stage.id(), "Cancelled by the user.");
                publish(stage.id());
            }
        }
    }

    /**
     * Analyses a track again and re-suggests its cues (e.g. after an analysis engine upgrade), without touching its
     * download or stems; false when the track has no finished pipeline to do it in.
     */
    public boolean reanalyse(UUID trackId) {
        List<PipelineJob> existing = jobs.findByTrack(trackId);
        if (existing.isEmpty()
                || existing.stream().anyMatch(job -> !job.status().isFinished())) {
            return false;
        }
        List<JobType> wanted = installedStages.stream()
                .filter(type -> type == JobType.ANALYSIS || type == JobType.AUTOCUE)
                .toList();
        List<JobType> present = existing.stream().map(PipelineJob::type).toList();
        List<JobType> missing =
                wanted.stream().filter(type -> !present.contains(type)).toList();
        if (!missing.isEmpty()) {
            createStages(existing.getFirst().ownerId(), trackId, missing, null);
        }
        List<PipelineJob> stages = jobs.findByTrack(trackId).stream()
                .filter(job -> wanted.contains(job.type()))
                .toList();
        if (stages.isEmpty()) {
            return false;
        }
        stages.forEach(stage -> jobs.resetForRerun(stage.id()));
        queue.enqueueAgain(stages.getFirst().id());
        stages.forEach(stage -> publish(stage.id()));
        return true;
    }

    /** Hides a track's pipeline from the dashboard. */
    public void dismiss(UserAccount user, UUID trackId) {
        jobsOfTrack(user, trackId);
        jobs.dismissTrack(trackId);
    }

    void forgetTrack(UUID trackId) {
        for (PipelineJob job : jobs.findByTrack(trackId)) {
            if (!job.status().isFinished()) {
                jobs.requestCancel(job.id());
            }
        }
        jobs.deleteByTrack(trackId);
    }

    private List<UUID> createStages(UUID ownerId, UUID trackId, List<JobType> stages, String sourceUrl) {
        List<UUID> ids = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (JobType type : stages) {
                UUID id = UUID.randomUUID();
                String message = ids.isEmpty() ? "Waiting for a worker" : "Waiting for the previous stage";
                jobs.insert(id, ownerId, trackId, type, type == JobType.DOWNLOAD ? sourceUrl : null, message);
                ids.add(id);
            }
        });
        AfterCommit.run(() -> ids.forEach(this::publish));
        return ids;
    }

    private PipelineJob publish(UUID jobId) {
        PipelineJob job = jobs.find(jobId).orElseThrow(JobNotFoundException::new);
        events.publish(job);
        return job;
    }
}
