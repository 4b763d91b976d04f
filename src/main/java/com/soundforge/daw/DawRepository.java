package com.soundforge.daw;

import static com.soundforge.db.Tables.DAW_OPERATION;
import static com.soundforge.db.Tables.DAW_PROJECT;

import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.db.tables.records.DawProjectRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Projects (their snapshot and last sequence number) and their operation log. */
@Repository
class DawRepository {

    private final DSLContext db;

    DawRepository(DSLContext db) {
        this.db = db;
    }

    /** A project row: who owns it, its name and last seq, and the snapshot it is rebuilt from. */
    record StoredProject(
            UUID id,
            UUID ownerId,
            String name,
            long seq,
            double bpm,
            String meter,
            int sampleRate,
            int trackCount,
            int clipCount,
            String snapshotJson,
            long snapshotSeq,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** One logged operation. */
    record LoggedOperation(long seq, UUID batchId, UUID actorId, String actorName, String opJson) {}

    void insert(UUID id, UUID ownerId, String name, String emptySnapshotJson) {
        db.insertInto(DAW_PROJECT)
                .set(DAW_PROJECT.ID, id)
                .set(DAW_PROJECT.OWNER_ID, ownerId)
                .set(DAW_PROJECT.NAME, name)
                .set(DAW_PROJECT.SEQ, 0L)
                .set(DAW_PROJECT.SNAPSHOT_JSON, emptySnapshotJson)
                .set(DAW_PROJECT.SNAPSHOT_SEQ, 0L)
                .set(DAW_PROJECT.CREATED_AT, now())
                .set(DAW_PROJECT.UPDATED_AT, now())
                .execute();
    }

    Optional<StoredProject> find(UUID id) {
        return db.selectFrom(DAW_PROJECT).where(DAW_PROJECT.ID.eq(id)).fetchOptional(DawRepository::toStored);
    }

    List<StoredProject> findByIds(java.util.Collection<UUID> ids) {
        return db.selectFrom(DAW_PROJECT).where(DAW_PROJECT.ID.in(ids)).fetch(DawRepository::toStored);
    }

    List<StoredProject> findByOwner(UUID ownerId) {
        return db.selectFrom(DAW_PROJECT)
                .where(DAW_PROJECT.OWNER_ID.eq(ownerId))
                .orderBy(DAW_PROJECT.UPDATED_AT.desc())
                .fetch(DawRepository::toStored);
    }

    /**
     * Appends a batch's operations and moves the project's seq from {@code expectedSeq} on, in one transaction;
     * false (and nothing written) when another writer moved it first. The source tracks of the clips the batch
     * added (or whose source it set) join the project's tracks in the same transaction.
     */
    boolean append(
            UUID projectId,
            long expectedSeq,
            ProjectState after,
            UUID batchId,
            UUID actorId,
            String actorName,
            List<Operation> ops) {
        return db.transactionResult(tx -> {
            int moved = tx.dsl()
                    .update(DAW_PROJECT)
                    .set(DAW_PROJECT.SEQ, expectedSeq + ops.size())
                    .set(DAW_PROJECT.NAME, after.settings().name())
                    .set(DAW_PROJECT.BPM, after.settings().bpm())
                    .set(DAW_PROJECT.METER, after.settings().meter().wire())
                    .set(DAW_PROJECT.SAMPLE_RATE, after.settings().sampleRate())
                    .set(DAW_PROJECT.TRACK_COUNT, after.tracks().size())
                    .set(DAW_PROJECT.CLIP_COUNT, after.clips().size())
                    .set(DAW_PROJECT.UPDATED_AT, now())
                    .where(DAW_PROJECT.ID.eq(projectId).and(DAW_PROJECT.SEQ.eq(expectedSeq)))
                    .execute();
            if (moved == 0) {
                return false;
            }
            var insert = tx.dsl()
                    .insertInto(
                            DAW_OPERATION,
                            DAW_OPERATION.PROJECT_ID,
                            DAW_OPERATION.SEQ,
                            DAW_OPERATION.BATCH_ID,
                            DAW_OPERATION.ACTOR_ID,
                            DAW_OPERATION.ACTOR_NAME,
                            DAW_OPERATION.OP_JSON,
                            DAW_OPERATION.CREATED_AT);
            OffsetDateTime at = now();
            for (int i = 0; i < ops.size(); i++) {
                insert = insert.values(
                        projectId, expectedSeq + 1 + i, batchId, actorId, actorName, DawJson.operation(ops.get(i)), at);
            }
            insert.execute();
            ProjectTrackRepository.add(tx.dsl(), projectId, ClipSourceTracks.setBy(after, ops));
            return true;
        });
    }

    void saveSnapshot(UUID projectId, ProjectState state) {
        db.update(DAW_PROJECT)
                .set(DAW_PROJECT.SNAPSHOT_JSON, DawJson.state(state))
                .set(DAW_PROJECT.SNAPSHOT_SEQ, state.seq())
                .where(DAW_PROJECT.ID.eq(projectId).and(DAW_PROJECT.SNAPSHOT_SEQ.lt(state.seq())))
                .execute();
    }

    /** The operations after {@code afterSeq}, in order. */
    List<LoggedOperation> operationsAfter(UUID projectId, long afterSeq) {
        return operations(DAW_OPERATION.PROJECT_ID.eq(projectId).and(DAW_OPERATION.SEQ.gt(afterSeq)));
    }

    /** A batch already applied to the project, as logged (empty when the batch id is new). */
    List<LoggedOperation> batch(UUID projectId, UUID batchId) {
        return operations(DAW_OPERATION.PROJECT_ID.eq(projectId).and(DAW_OPERATION.BATCH_ID.eq(batchId)));
    }

    private List<LoggedOperation> operations(Condition which) {
        return db.select(
                        DAW_OPERATION.SEQ,
                        DAW_OPERATION.BATCH_ID,
                        DAW_OPERATION.ACTOR_ID,
                        DAW_OPERATION.ACTOR_NAME,
                        DAW_OPERATION.OP_JSON)
                .from(DAW_OPERATION)
                .where(which)
                .orderBy(DAW_OPERATION.SEQ)
                .fetch(r -> new LoggedOperation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    boolean delete(UUID projectId) {
        return db.deleteFrom(DAW_PROJECT).where(DAW_PROJECT.ID.eq(projectId)).execute() > 0;
    }

    private static StoredProject toStored(DawProjectRecord r) {
        return new StoredProject(
                r.getId(),
                r.getOwnerId(),
                r.getName(),
                r.getSeq(),
                r.getBpm(),
                r.getMeter(),
                r.getSampleRate(),
                r.getTrackCount(),
                r.getClipCount(),
                r.getSnapshotJson(),
                r.getSnapshotSeq(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
