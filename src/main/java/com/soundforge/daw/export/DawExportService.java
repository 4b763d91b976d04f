package com.soundforge.daw.export;

import com.soundforge.daw.engine.Arrangement;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts exports of a project's arrangement as JobRunr jobs and hands out their files. The arrangement is stored
 * with the export when it starts, so the job renders exactly what was asked for, whatever the project becomes.
 */
@Service
public class DawExportService {

    private final DawExportRepository exports;
    private final DawExportEvents events;
    private final JobScheduler scheduler;
    private final Path dataDir;
    private final JsonMapper json = JsonMapper.builder().build();

    DawExportService(
            DawExportRepository exports, DawExportEvents events, JobScheduler scheduler, LibraryProperties library) {
        this.exports = exports;
        this.events = events;
        this.scheduler = scheduler;
        this.dataDir = library.dataDir().toAbsolutePath().normalize();
    }

    /** Starts an export in {@code format} ({@code wav24}, {@code wav32f} or {@code stems-zip}). */
    public DawExport start(UUID ownerId, UUID projectId, Arrangement arrangement, String format) {
        return start(ownerId, projectId, arrangement, format, false);
    }

    /**
     * Starts an export; with {@code addToLibrary} the rendered WAV is then imported as a new track of the owner.
     *
     * @throws IllegalArgumentException for an unknown format, or a stems ZIP to be added to the library
     */
    public DawExport start(UUID ownerId, UUID projectId, Arrangement arrangement, String format, boolean addToLibrary) {
        DawExportFormat chosen = DawExportFormat.fromWire(format)
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format: " + format));
        if (addToLibrary && chosen == DawExportFormat.STEMS_ZIP) {
            throw new IllegalArgumentException("A stems ZIP cannot be added to the library.");
        }
        UUID id = UUID.randomUUID();
        String name = FileNames.safe(arrangement.settings().name())
                + (chosen == DawExportFormat.STEMS_ZIP ? " (stems)" : "")
                + chosen.extension();
        exports.insert(id, projectId, ownerId, chosen, addToLibrary, json.writeValueAsString(arrangement), name);
        scheduler.<DawExportRunner>enqueue(id, runner -> runner.run(id));
        DawExport export = exports.find(id).orElseThrow();
        events.publish(export);
        return export;
    }

    /** The owner's export. */
    public DawExport get(UUID ownerId, UUID exportId) {
        DawExport export = exports.find(exportId).orElseThrow(() -> new TrackNotFoundException("No such export."));
        if (!export.ownerId().equals(ownerId)) {
            throw new TrackAccessDeniedException();
        }
        return export;
    }

    /** A project's exports, newest first (the caller has checked the project is the user's). */
    public List<DawExport> forProject(UUID projectId) {
        return exports.findByProject(projectId);
    }

    /** The owner's completed export's file. */
    public ExportFile file(UUID ownerId, UUID exportId) {
        DawExport export = get(ownerId, exportId);
        String[] output = exports.findOutput(export.id())
                .orElseThrow(() -> new TrackNotFoundException("The export is not ready."));
        Path path = dataDir.resolve(output[0]);
        if (!Files.isRegularFile(path)) {
            throw new TrackNotFoundException("The export's file is gone.");
        }
        String mediaType = export.format() == DawExportFormat.STEMS_ZIP ? "application/zip" : "audio/wav";
        return new ExportFile(path, output[1], mediaType, export.outputBytes() == null ? 0 : export.outputBytes());
    }

    /** Removes the files of a project's exports (before the project, and with it their rows, is deleted). */
    public void deleteFilesOf(UUID projectId) {
        for (DawExport export : exports.findByProject(projectId)) {
            exports.findOutput(export.id()).ifPresent(output -> {
                try {
                    Files.deleteIfExists(dataDir.resolve(output[0]));
                } catch (java.io.IOException e) {
                    org.slf4j.LoggerFactory.getLogger(DawExportService.class)
                            .warn("Could not delete export file {}", output[0], e);
                }
            });
        }
    }
}
