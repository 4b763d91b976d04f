package com.soundforge.pipeline;

import static com.soundforge.db.Tables.PIPELINE_JOB;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The admin job dashboard's reads over all users' jobs. */
@Repository
class AdminJobQuery {

    private final DSLContext db;
    private final PipelineJobRepository jobs;

    AdminJobQuery(DSLContext db, PipelineJobRepository jobs) {
        this.db = db;
        this.jobs = jobs;
    }

    List<PipelineJob> find(JobFilter filter, int offset, int limit) {
        List<java.util.UUID> ids = db.select(PIPELINE_JOB.ID)
                .from(PIPELINE_JOB)
                .where(matching(filter))
                .orderBy(PIPELINE_JOB.CREATED_AT.desc(), PIPELINE_JOB.ID)
                .offset(offset)
                .limit(limit)
                .fetch(PIPELINE_JOB.ID);
        Map<java.util.UUID, PipelineJob> byId = new java.util.HashMap<>();
        jobs.findAll(ids).forEach(job -> byId.put(job.id(), job));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    int count(JobFilter filter) {
        return db.fetchCount(PIPELINE_JOB, matching(filter));
    }

    Map<JobStatus, Integer> countsByStatus() {
        Map<JobStatus, Integer> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0);
        }
        db.select(PIPELINE_JOB.STATUS, DSL.count())
                .from(PIPELINE_JOB)
                .groupBy(PIPELINE_JOB.STATUS)
                .forEach(r -> counts.put(JobStatus.fromWire(r.value1()), r.value2()));
        return counts;
    }

    /** Completed and failed jobs per minute, oldest first, with empty minutes included. */
    List<ThroughputMinute> throughput(Instant since, Instant until) {
        Instant first = since.truncatedTo(ChronoUnit.MINUTES);
        int minutes = (int) ChronoUnit.MINUTES.between(first, until.truncatedTo(ChronoUnit.MINUTES)) + 1;
        int[] completed = new int[minutes];
        int[] failed = new int[minutes];
        db.select(PIPELINE_JOB.STATUS, PIPELINE_JOB.FINISHED_AT)
                .from(PIPELINE_JOB)
                .where(PIPELINE_JOB.FINISHED_AT.ge(OffsetDateTime.ofInstant(first, ZoneOffset.UTC)))
                .forEach(r -> {
                    int minute =
                            (int) ChronoUnit.MINUTES.between(first, r.value2().toInstant());
                    if (minute >= 0 && minute < minutes) {
                        (JobStatus.COMPLETED.wire().equals(r.value1()) ? completed : failed)[minute]++;
                    }
                });
        List<ThroughputMinute> points = new ArrayList<>(minutes);
        for (int i = 0; i < minutes; i++) {
            points.add(new ThroughputMinute(first.plus(i, ChronoUnit.MINUTES), completed[i], failed[i]));
        }
        return points;
    }

    int delete(Collection<java.util.UUID> ids) {
        return db.deleteFrom(PIPELINE_JOB).where(PIPELINE_JOB.ID.in(ids)).execute();
    }

    private static Condition matching(JobFilter filter) {
        Condition condition = DSL.noCondition();
        if (!filter.statuses().isEmpty()) {
            condition = condition.and(PIPELINE_JOB.STATUS.in(
                    filter.statuses().stream().map(JobStatus::wire).toList()));
        }
        if (!filter.types().isEmpty()) {
            condition = condition.and(PIPELINE_JOB.JOB_TYPE.in(
                    filter.types().stream().map(JobType::wire).toList()));
        }
        if (filter.ownerId() != null) {
            condition = condition.and(PIPELINE_JOB.OWNER_ID.eq(filter.ownerId()));
        }
        if (filter.from() != null) {
            condition =
                    condition.and(PIPELINE_JOB.CREATED_AT.ge(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            condition =
                    condition.and(PIPELINE_JOB.CREATED_AT.lt(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%"
                    + filter.text()
                            .trim()
                            .toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            condition = condition.and(DSL.lower(PIPELINE_JOB.MESSAGE)
                    .like(pattern, '\\')
                    .or(DSL.lower(PIPELINE_JOB.ERROR).like(pattern, '\\'))
                    .or(DSL.lower(PIPELINE_JOB.SOURCE_URL).like(pattern, '\\'))
                    .or(DSL.lower(PIPELINE_JOB.ID.cast(String.class)).like(pattern, '\\'))
                    .or(DSL.lower(PIPELINE_JOB.TRACK_ID.cast(String.class)).like(pattern, '\\')));
        }
        return condition;
    }
}
