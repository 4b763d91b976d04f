package com.soundforge.daw.export;

import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.engine.RenderResult;
import com.soundforge.daw.streams.DawSources;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one export (JobRunr calls {@link #run(UUID)} with the export id). A finished export is left alone, so a
 * rerun is harmless; an interrupted one renders again into {@code {id}.part} and moves it over the one output path
 * of its id, so however often it ran there is exactly one file.
 */
@Component
public class DawExportRunner {

    private static final Logger log = LoggerFactory.getLogger(DawExportRunner.class);
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final DawExportRepository exports;
    private final DawExportEvents events;
    private final DawSources sources;
    private final ImportService imports;
    private final Path dataDir;
    private final JsonMapper json = JsonMapper.builder().build();

    DawExportRunner(
            DawExportRepository exports,
            DawExportEvents events,
            DawSources sources,
            ImportService imports,
            LibraryProperties library) {
        this.exports = exports;
        this.events = events;
        this.sources = sources;
        this.imports = imports;
        this.dataDir = library.dataDir().toAbsolutePath().normalize();
    }

    /** Where an export's file lives, relative to the data folder: fixed by its owner, id and format. */
    static String relativeOutputPath(DawExport export) {
        return "daw-exports/" + export.ownerId() + "/" + export.id()
                + export.format().extension();
    }

    public void run(UUID exportId) {
        DawExport export = exports.find(exportId).orElse(null);
        if (export == null || export.status().isFinished()) {
            return;
        }
        if (export.status() == DawExportStatus.PROCESSING) {
            log.warn("Export {} was interrupted; rendering it again", exportId);
        }
        exports.markProcessing(exportId, "Rendering…");
        publish(exportId);
        try {
            Arrangement arrangement =
                    json.readValue(exports.findArrangementJson(exportId).orElseThrow(), Arrangement.class);
            String relative = relativeOutputPath(export);
            Path output = dataDir.resolve(relative);
            Files.createDirectories(output.getParent());
            Path part = output.resolveSibling(exportId + ".part");
            Files.deleteIfExists(part);
            RenderResult result = ExportWriter.write(
                    arrangement, export.format(), sources.streamsOfArrangement(), part, progress(exportId));
            moveIntoPlace(part, output);
            UUID libraryTrack = export.addToLibrary() ? addToLibrary(export, output) : null;
            exports.complete(exportId, relative, Files.size(output), result.silentClipIds(), libraryTrack);
        } catch (IOException | ImportException | RuntimeException e) {
            log.warn("Export {} failed", exportId, e);
            exports.fail(exportId, e instanceof ImportException ? e.getMessage() : "The export could not be rendered.");
        }
        publish(exportId);
    }

    private UUID addToLibrary(DawExport export, Path output) throws IOException, ImportException {
        String fileName = exports.findFileName(export.id()).orElse(export.id() + ".wav");
        try (InputStream in = Files.newInputStream(output)) {
            return imports.importAudio(export.ownerId(), in, fileName).track().id();
        }
    }

    private com.soundforge.daw.engine.RenderProgress progress(UUID exportId) {
        long[] last = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - last[0] < PROGRESS_INTERVAL_NANOS || total == 0) {
                return;
            }
            last[0] = now;
            int percent = (int) Math.min(99, done * 100 / total);
            exports.progress(exportId, percent, "Rendering… " + percent + "%");
            publish(exportId);
        };
    }

    private void publish(UUID exportId) {
        exports.find(exportId).ifPresent(events::publish);
    }

    private static void moveIntoPlace(Path part, Path output) throws IOException {
        try {
            Files.move(part, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
