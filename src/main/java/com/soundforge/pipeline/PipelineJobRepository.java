package com.soundforge.pipeline;

import static com.soundforge.db.Tables.PIPELINE_JOB;
import static com.soundforge.db.Tables.PIPELINE_JOB_LOG;

import com.soundforge.db.tables.records.PipelineJobRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PipelineJobRepository {

    private final DSLContext db;

    PipelineJobRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID ownerId, UUID trackId, JobType type, String sourceUrl, String message) {
        db.insertInto(PIPELINE_JOB)
                .set(PIPELINE_JOB.ID, id)
                .set(PIPELINE_JOB.OWNER_ID, ownerId)
                .set(PIPELINE_JOB.TRACK_ID, trackId)
                .set(PIPELINE_JOB.JOB_TYPE, type.wire())
                .set(PIPELINE_JOB.STAGE_ORDER, type.ordinal())
                .set(PIPELINE_JOB.STATUS, JobStatus.QUEUED.wire())
                .set(PIPELINE_JOB.SOURCE_URL, sourceUrl)
                .set(PIPELINE_JOB.MESSAGE, message)
                .set(PIPELINE_JOB.CREATED_AT, now())
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .execute();
    }

    Optional<PipelineJob> find(UUID id) {
        return db.selectFrom(PIPELINE_JOB)
                .where(PIPELINE_JOB.ID.eq(id))
                .fetchOptional()
                .map(this::toJob);
    }

    boolean existsForTrack(UUID trackId) {
        return db.fetchExists(PIPELINE_JOB, PIPELINE_JOB.TRACK_ID.eq(trackId));
    }

    List<PipelineJob> findByTrack(UUID trackId) {
        return db.selectFrom(PIPELINE_JOB)
                .where(PIPELINE_JOB.TRACK_ID.eq(trackId))
                .orderBy(PIPELINE_JOB.STAGE_ORDER)
                .fetch(this::toJob);
    }

    /** Every stage of every pipeline of the user's (dismissed ones included), by track and stage order. */
    List<PipelineJob> findByOwner(UUID ownerId) {
        return db.selectFrom(PIPELINE_JOB)
                .where(PIPELINE_JOB.OWNER_ID.eq(ownerId))
                .orderBy(PIPELINE_JOB.TRACK_ID, PIPELINE_JOB.STAGE_ORDER)
                .fetch(this::toJob);
    }

    /** The user's pipelines that are not dismissed, newest first, stages in order. */
    List<PipelineJob> findVisible(UUID ownerId, int limit) {
        var tracks = db.select(PIPELINE_JOB.TRACK_ID)
                .from(PIPELINE_JOB)
                .where(PIPELINE_JOB.OWNER_ID.eq(ownerId).and(PIPELINE_JOB.DISMISSED.isFalse()))
                .groupBy(PIPELINE_JOB.TRACK_ID)
                .orderBy(DSL.max(PIPELINE_JOB.CREATED_AT).desc())
                .limit(limit);
        return db.selectFrom(PIPELINE_JOB)
                .where(PIPELINE_JOB.TRACK_ID.in(tracks).and(PIPELINE_JOB.DISMISSED.isFalse()))
                .orderBy(PIPELINE_JOB.CREATED_AT.desc(), PIPELINE_JOB.STAGE_ORDER)
                .fetch(this::toJob);
    }

    Optional<PipelineJob> findNextStage(UUID trackId, int afterStageOrder) {
        return db.selectFrom(PIPELINE_JOB)
                .where(PIPELINE_JOB.TRACK_ID.eq(trackId).and(PIPELINE_JOB.STAGE_ORDER.gt(afterStageOrder)))
                .orderBy(PIPELINE_JOB.STAGE_ORDER)
                .limit(1)
                .fetchOptional(this::toJob);
    }

    /** Claims a queued or crash-interrupted job for running; false when it is already finished. */
    boolean markStarted(UUID id, JobStatus running, String message) {
        return db.update(PIPELINE_JOB)
                        .set(PIPELINE_JOB.STATUS, running.wire())
                        .set(PIPELINE_JOB.ATTEMPTS, PIPELINE_JOB.ATTEMPTS.plus(1))
                        .set(PIPELINE_JOB.PROGRESS, 0)
                        .set(PIPELINE_JOB.MESSAGE, message)
                        .set(PIPELINE_JOB.ERROR, (String) null)
                        .set(PIPELINE_JOB.STARTED_AT, DSL.coalesce(PIPELINE_JOB.STARTED_AT, DSL.val(now())))
                        .set(PIPELINE_JOB.UPDATED_AT, now())
                        .where(PIPELINE_JOB
                                .ID
                                .eq(id)
                                .and(PIPELINE_JOB.STATUS.notIn(
                                        JobStatus.COMPLETED.wire(), JobStatus.FAILED.wire(), JobStatus.SKIPPED.wire())))
                        .execute()
                == 1;
    }

    /** Says why a queued stage has not started; false if it was already saying so (or is no longer queued). */
    boolean noteWaiting(UUID id, String message) {
        return db.update(PIPELINE_JOB)
                        .set(PIPELINE_JOB.MESSAGE, message)
                        .set(PIPELINE_JOB.UPDATED_AT, now())
                        .where(PIPELINE_JOB
                                .ID
                                .eq(id)
                                .and(PIPELINE_JOB.STATUS.eq(JobStatus.QUEUED.wire()))
                                .and(PIPELINE_JOB.MESSAGE.isDistinctFrom(message)))
                        .execute()
                == 1;
    }

    void updateProgress(UUID id, int progress, String message) {
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.PROGRESS, progress)
                .set(PIPELINE_JOB.MESSAGE, message)
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .where(PIPELINE_JOB
                        .ID
                        .eq(id)
                        .and(PIPELINE_JOB.STATUS.in(JobStatus.DOWNLOADING.wire(), JobStatus.PROCESSING.wire())))
                .execute();
    }

    void markCompleted(UUID id, String message, String outputPath, Long outputBytes) {
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.STATUS, JobStatus.COMPLETED.wire())
                .set(PIPELINE_JOB.PROGRESS, 100)
                .set(PIPELINE_JOB.MESSAGE, message)
                .set(PIPELINE_JOB.OUTPUT_PATH, outputPath)
                .set(PIPELINE_JOB.OUTPUT_BYTES, outputBytes)
                .set(PIPELINE_JOB.FINISHED_AT, now())
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .where(PIPELINE_JOB.ID.eq(id))
                .execute();
    }

    void markFailed(UUID id, String error) {
        markFailed(db, id, error);
    }

    /**
     * Fails a job and marks the stages waiting after it as not run, in one transaction, so nobody ever sees the
     * failure without its consequences; returns the ids of the stages it skipped.
     */
    List<UUID> markFailedAndSkipWaiting(PipelineJob job, String error, String reason) {
        return db.transactionResult(tx -> {
            markFailed(tx.dsl(), job.id(), error);
            return skipWaitingAfter(tx.dsl(), job.trackId(), job.stageOrder(), reason);
        });
    }

    private static void markFailed(DSLContext db, UUID id, String error) {
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.STATUS, JobStatus.FAILED.wire())
                .set(PIPELINE_JOB.ERROR, truncate(error, 2048))
                .set(PIPELINE_JOB.MESSAGE, "Failed")
                .set(PIPELINE_JOB.FINISHED_AT, now())
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .where(PIPELINE_JOB.ID.eq(id))
                .execute();
    }

    void markRetrying(UUID id, String message, String error) {
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.STATUS, JobStatus.QUEUED.wire())
                .set(PIPELINE_JOB.MESSAGE, truncate(message, 1024))
                .set(PIPELINE_JOB.ERROR, truncate(error, 2048))
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .where(PIPELINE_JOB.ID.eq(id))
                .execute();
    }

    /** Puts a failed (or not run) job back in the queue with a fresh attempt budget. */
    boolean resetForRetry(UUID id) {
        return reset(id, JobStatus.FAILED, JobStatus.SKIPPED);
    }

    /** Puts a finished job (completed, failed or not run) back in the queue, to run it again. */
    boolean resetForRerun(UUID id) {
        return reset(id, JobStatus.FAILED, JobStatus.COMPLETED, JobStatus.SKIPPED);
    }

    /** Marks the stages after a failed one that are still waiting as not run, with the reason; returns their ids. */
    private static List<UUID> skipWaitingAfter(DSLContext db, UUID trackId, int stageOrder, String reason) {
        Condition waiting = PIPELINE_JOB
                .TRACK_ID
                .eq(trackId)
                .and(PIPELINE_JOB.STAGE_ORDER.gt(stageOrder))
                .and(PIPELINE_JOB.STATUS.eq(JobStatus.QUEUED.wire()));
        List<UUID> ids =
                db.select(PIPELINE_JOB.ID).from(PIPELINE_JOB).where(waiting).fetch(PIPELINE_JOB.ID);
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.STATUS, JobStatus.SKIPPED.wire())
                .set(PIPELINE_JOB.MESSAGE, "Not run")
                .set(PIPELINE_JOB.ERROR, truncate(reason, 2048))
                .set(PIPELINE_JOB.FINISHED_AT, now())
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .where(waiting.and(PIPELINE_JOB.ID.in(ids)))
                .execute();
        return ids;
    }

    private boolean reset(UUID id, JobStatus... from) {
        return db.update(PIPELINE_JOB)
                        .set(PIPELINE_JOB.STATUS, JobStatus.QUEUED.wire())
                        .set(PIPELINE_JOB.ATTEMPTS, 0)
                        .set(PIPELINE_JOB.PROGRESS, 0)
                        .set(PIPELINE_JOB.ERROR, (String) null)
                        .set(PIPELINE_JOB.MESSAGE, "Queued again")
                        .set(PIPELINE_JOB.CANCEL_REQUESTED, false)
                        .set(PIPELINE_JOB.FINISHED_AT, (OffsetDateTime) null)
                        .set(PIPELINE_JOB.DISMISSED, false)
                        .set(PIPELINE_JOB.UPDATED_AT, now())
                        .set(PIPELINE_JOB.OUTPUT_PATH, (String) null)
                        .set(PIPELINE_JOB.OUTPUT_BYTES, (Long) null)
                        .where(PIPELINE_JOB
                                .ID
                                .eq(id)
                                .and(PIPELINE_JOB.STATUS.in(java.util.Arrays.stream(from)
                                        .map(JobStatus::wire)
                                        .toList())))
                        .execute()
                == 1;
    }

    void requestCancel(UUID id) {
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.CANCEL_REQUESTED, true)
                .set(PIPELINE_JOB.UPDATED_AT, now())
                .where(PIPELINE_JOB.ID.eq(id))
                .execute();
    }

    boolean isCancelRequested(UUID id) {
        return Boolean.TRUE.equals(db.select(PIPELINE_JOB.CANCEL_REQUESTED)
                .from(PIPELINE_JOB)
                .where(PIPELINE_JOB.ID.eq(id))
                .fetchOne(PIPELINE_JOB.CANCEL_REQUESTED));
    }

    void dismissTrack(UUID trackId) {
        db.update(PIPELINE_JOB)
                .set(PIPELINE_JOB.DISMISSED, true)
                .where(PIPELINE_JOB.TRACK_ID.eq(trackId))
                .execute();
    }

    void deleteByTrack(UUID trackId) {
        db.deleteFrom(PIPELINE_JOB).where(PIPELINE_JOB.TRACK_ID.eq(trackId)).execute();
    }

    void log(UUID jobId, String level, String line) {
        db.insertInto(PIPELINE_JOB_LOG)
                .set(PIPELINE_JOB_LOG.JOB_ID, jobId)
                .set(PIPELINE_JOB_LOG.LEVEL, level)
                .set(PIPELINE_JOB_LOG.LINE, truncate(line, 2048))
                .set(PIPELINE_JOB_LOG.LOGGED_AT, now())
                .execute();
    }

    List<JobLogLine> logOf(UUID jobId) {
        return db.select(PIPELINE_JOB_LOG.LOGGED_AT, PIPELINE_JOB_LOG.LEVEL, PIPELINE_JOB_LOG.LINE)
                .from(PIPELINE_JOB_LOG)
                .where(PIPELINE_JOB_LOG.JOB_ID.eq(jobId))
                .orderBy(PIPELINE_JOB_LOG.ID)
                .fetch(PipelineJobRepository::toLogLine);
    }

    List<PipelineJob> findAll(Collection<UUID> ids) {
        return db.selectFrom(PIPELINE_JOB).where(PIPELINE_JOB.ID.in(ids)).fetch(this::toJob);
    }

    private static JobLogLine toLogLine(Record3<OffsetDateTime, String, String> r) {
        return new JobLogLine(r.value1().toInstant(), r.value2(), r.value3());
    }

    private PipelineJob toJob(PipelineJobRecord r) {
        return new PipelineJob(
                r.getId(),
                r.getOwnerId(),
                r.getTrackId(),
                JobType.fromWire(r.getJobType()),
                r.getStageOrder(),
                JobStatus.fromWire(r.getStatus()),
                r.getProgress(),
                r.getMessage(),
                r.getError(),
                r.getSourceUrl(),
                r.getOutputPath(),
                r.getOutputBytes(),
                r.getAttempts(),
                r.getCancelRequested(),
                instant(r.getCreatedAt()),
                instant(r.getStartedAt()),
                instant(r.getFinishedAt()),
                instant(r.getUpdatedAt()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
