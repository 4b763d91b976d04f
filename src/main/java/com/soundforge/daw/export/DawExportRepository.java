package com.soundforge.daw.export;

import static com.soundforge.db.Tables.DAW_EXPORT;

import com.soundforge.db.tables.records.DawExportRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DawExportRepository {

    private final DSLContext db;

    DawExportRepository(DSLContext db) {
        this.db = db;
    }

    void insert(
            UUID id,
            UUID projectId,
            UUID ownerId,
            DawExportFormat format,
            boolean addToLibrary,
            String json,
            String fileName) {
        db.insertInto(DAW_EXPORT)
                .set(DAW_EXPORT.ID, id)
                .set(DAW_EXPORT.PROJECT_ID, projectId)
                .set(DAW_EXPORT.OWNER_ID, ownerId)
                .set(DAW_EXPORT.FORMAT, format.wire())
                .set(DAW_EXPORT.ADD_TO_LIBRARY, addToLibrary)
                .set(DAW_EXPORT.ARRANGEMENT_JSON, json)
                .set(DAW_EXPORT.FILE_NAME, fileName)
                .set(DAW_EXPORT.STATUS, DawExportStatus.QUEUED.wire())
                .set(DAW_EXPORT.MESSAGE, "Queued")
                .set(DAW_EXPORT.CREATED_AT, now())
                .execute();
    }

    Optional<DawExport> find(UUID id) {
        return db.selectFrom(DAW_EXPORT)
                .where(DAW_EXPORT.ID.eq(id))
                .fetchOptional()
                .map(DawExportRepository::toExport);
    }

    Optional<String> findArrangementJson(UUID id) {
        return db.select(DAW_EXPORT.ARRANGEMENT_JSON)
                .from(DAW_EXPORT)
                .where(DAW_EXPORT.ID.eq(id))
                .fetchOptional(DAW_EXPORT.ARRANGEMENT_JSON);
    }

    Optional<String> findFileName(UUID id) {
        return db.select(DAW_EXPORT.FILE_NAME)
                .from(DAW_EXPORT)
                .where(DAW_EXPORT.ID.eq(id))
                .fetchOptional(DAW_EXPORT.FILE_NAME);
    }

    /** The stored output's path (relative to the data folder) and download name, once completed. */
    Optional<String[]> findOutput(UUID id) {
        return db.select(DAW_EXPORT.OUTPUT_PATH, DAW_EXPORT.FILE_NAME)
                .from(DAW_EXPORT)
                .where(DAW_EXPORT.ID.eq(id).and(DAW_EXPORT.STATUS.eq(DawExportStatus.COMPLETED.wire())))
                .fetchOptional(r -> new String[] {r.value1(), r.value2()});
    }

    List<DawExport> findByProject(UUID projectId) {
        return db.selectFrom(DAW_EXPORT)
                .where(DAW_EXPORT.PROJECT_ID.eq(projectId))
                .orderBy(DAW_EXPORT.CREATED_AT.desc())
                .fetch(DawExportRepository::toExport);
    }

    void markProcessing(UUID id, String message) {
        db.update(DAW_EXPORT)
                .set(DAW_EXPORT.STATUS, DawExportStatus.PROCESSING.wire())
                .set(DAW_EXPORT.PROGRESS, 0)
                .set(DAW_EXPORT.MESSAGE, message)
                .where(DAW_EXPORT.ID.eq(id))
                .execute();
    }

    void progress(UUID id, int progress, String message) {
        db.update(DAW_EXPORT)
                .set(DAW_EXPORT.PROGRESS, progress)
                .set(DAW_EXPORT.MESSAGE, message)
                .where(DAW_EXPORT.ID.eq(id).and(DAW_EXPORT.STATUS.eq(DawExportStatus.PROCESSING.wire())))
                .execute();
    }

    void complete(UUID id, String outputPath, long bytes, Collection<UUID> silentClips, UUID libraryTrackId) {
        db.update(DAW_EXPORT)
                .set(DAW_EXPORT.STATUS, DawExportStatus.COMPLETED.wire())
                .set(DAW_EXPORT.PROGRESS, 100)
                .set(DAW_EXPORT.MESSAGE, "Done")
                .set(DAW_EXPORT.OUTPUT_PATH, outputPath)
                .set(DAW_EXPORT.OUTPUT_BYTES, bytes)
                .set(
                        DAW_EXPORT.SILENT_CLIP_IDS,
                        silentClips.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .set(DAW_EXPORT.LIBRARY_TRACK_ID, libraryTrackId)
                .set(DAW_EXPORT.FINISHED_AT, now())
                .where(DAW_EXPORT.ID.eq(id))
                .execute();
    }

    void fail(UUID id, String error) {
        db.update(DAW_EXPORT)
                .set(DAW_EXPORT.STATUS, DawExportStatus.FAILED.wire())
                .set(DAW_EXPORT.MESSAGE, "Failed")
                .set(DAW_EXPORT.ERROR, error.length() > 2000 ? error.substring(0, 2000) : error)
                .set(DAW_EXPORT.FINISHED_AT, now())
                .where(DAW_EXPORT.ID.eq(id))
                .execute();
    }

    private static DawExport toExport(DawExportRecord r) {
        String silent = r.getSilentClipIds();
        return new DawExport(
                r.getId(),
                r.getProjectId(),
                r.getOwnerId(),
                DawExportFormat.fromWire(r.getFormat()).orElseThrow(),
                r.getAddToLibrary(),
                DawExportStatus.fromWire(r.getStatus()),
                r.getProgress(),
                r.getMessage(),
                r.getError(),
                r.getOutputBytes(),
                silent.isEmpty()
                        ? List.of()
                        : Arrays.stream(silent.split(",")).map(UUID::fromString).toList(),
                r.getLibraryTrackId(),
                r.getCreatedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
