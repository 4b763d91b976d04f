package com.soundforge.pipeline;

import com.soundforge.security.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** All users' jobs, for admins only: search, counts, throughput, and bulk retry / cancel / delete. */
@Service
public class PipelineAdminService {

    private final AdminJobQuery query;
    private final PipelineService pipelines;
    private final PipelineJobRepository jobs;

    PipelineAdminService(AdminJobQuery query, PipelineService pipelines, PipelineJobRepository jobs) {
        this.query = query;
        this.pipelines = pipelines;
        this.jobs = jobs;
    }

    public List<PipelineJob> find(UserAccount admin, JobFilter filter, int offset, int limit) {
        requireAdmin(admin);
        return query.find(filter, offset, limit);
    }

    public int count(UserAccount admin, JobFilter filter) {
        requireAdmin(admin);
        return query.count(filter);
    }

    public Map<JobStatus, Integer> countsByStatus(UserAccount admin) {
        requireAdmin(admin);
        return query.countsByStatus();
    }

    public List<ThroughputMinute> throughputLastHour(UserAccount admin) {
        requireAdmin(admin);
        Instant now = Instant.now();
        return query.throughput(now.minus(Duration.ofMinutes(59)), now);
    }

    /** @return how many of the jobs could be retried (only failed ones can) */
    public int retry(UserAccount admin, Collection<UUID> jobIds) {
        requireAdmin(admin);
        int retried = 0;
        for (UUID id : jobIds) {
            if (jobs.find(id).map(PipelineJob::canRetry).orElse(false)) {
                pipelines.retry(admin, id);
                retried++;
            }
        }
        return retried;
    }

    public void cancel(UserAccount admin, Collection<UUID> jobIds) {
        requireAdmin(admin);
        jobIds.forEach(id -> jobs.find(id).filter(PipelineJob::canCancel).ifPresent(j -> pipelines.cancel(admin, id)));
    }

    /** Deletes job records; a running one is asked to stop first. */
    public int delete(UserAccount admin, Collection<UUID> jobIds) {
        requireAdmin(admin);
        jobIds.forEach(
                id -> jobs.find(id).filter(j -> !j.status().isFinished()).ifPresent(j -> jobs.requestCancel(id)));
        return query.delete(jobIds);
    }

    public List<JobLogLine> log(UserAccount admin, UUID jobId) {
        requireAdmin(admin);
        return jobs.logOf(jobId);
    }

    private static void requireAdmin(UserAccount user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only admins see all users' jobs.");
        }
    }
}
