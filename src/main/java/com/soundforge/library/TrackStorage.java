package com.soundforge.library;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The audio files under the data folder: {@code audio/{ownerId}/{sha256}.{ext}}. Uploads and downloads stream into
 * {@code tmp/} first and move into place only once complete, so an interrupted transfer leaves nothing behind.
 * Public for the library's imports sub-package; other modules go through {@link LibraryService} (ModularityTests).
 */
@Component
public class TrackStorage {

    static final String MULTIPART_FOLDER = "tmp-multipart";

    private final Path audioRoot;
    private final Path tmpRoot;
    private final Path multipartRoot;

    public TrackStorage(LibraryProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        this.audioRoot = Files.createDirectories(dataDir.resolve("audio"));
        this.tmpRoot = Files.createDirectories(dataDir.resolve("tmp"));
        // the servlet container's upload bodies (spring.servlet.multipart.location): it needs the folder to exist
        this.multipartRoot = Files.createDirectories(dataDir.resolve(MULTIPART_FOLDER));
    }

    /**
     * A fresh temporary path, {@code tmp/{kind}-{uuid}.part} (swept at the next start if left behind); delete it or
     * {@link #keep(Path, String)} it.
     */
    public Path newTempPath(String kind) {
        return tmpRoot.resolve(kind + "-" + UUID.randomUUID() + ".part");
    }

    /** A fresh temporary folder, {@code tmp/{kind}-{uuid}.part}; {@link #deleteFolder(Path)} it when done. */
    public Path newTempFolder(String kind) throws IOException {
        return Files.createDirectories(newTempPath(kind));
    }

    /** Deletes a folder with everything in it; what cannot be deleted now is swept at the next start. */
    public void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(TrackStorage::deleteQuietly);
        } catch (IOException ignored) {
            // swept at the next start
        }
    }

    /** Moves a finished temporary file to {@code relative} under the audio folder and returns that path. */
    public String keep(Path tempFile, String relative) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        try {
            Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tempFile, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return relative;
    }

    Path resolve(String relativePath) {
        Path path = audioRoot.resolve(relativePath).normalize();
        if (!path.startsWith(audioRoot)) {
            throw new IllegalArgumentException("Path escapes the audio folder: " + relativePath);
        }
        return path;
    }

    public void delete(String relativePath) {
        deleteQuietly(resolve(relativePath));
    }

    /** Deletes a stored file, or says why it could not. */
    void deleteFile(String relativePath) throws IOException {
        Files.deleteIfExists(resolve(relativePath));
    }

    public static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temp file is swept at the next start
        }
    }

    /**
     * Removes temp files left by a crash or a killed process: our own upload parts and the servlet container's
     * multipart bodies. Runs before the server takes requests, so nothing in use is swept.
     */
    void sweepTemporaryFiles() throws IOException {
        try (var files = Files.list(tmpRoot)) {
            files.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(this::deleteFolder);
        }
        try (var files = Files.list(multipartRoot)) {
            files.forEach(this::deleteFolder);
        }
    }
}
