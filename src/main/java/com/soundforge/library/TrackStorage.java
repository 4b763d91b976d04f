package com.soundforge.library;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audio files under the data folder: {@code audio/{ownerId}/{sha256}.{ext}}. Uploads stream into
 * {@code tmp/} first and move into place only once complete, so an interrupted upload leaves nothing behind.
 */
@Component
class TrackStorage {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TrackStorage.class);
    /** What users see of a storage failure: its detail names server paths, so it goes only to the log. */
    static final String STORAGE_MESSAGE = "The file could not be stored on the server. Please try again later.";
    static final String FULL_MESSAGE = "The server's storage is full, so nothing was saved. Please try again later.";
    /** Below this much free space after a failed write, the failure is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;
    static final String MULTIPART_FOLDER = "tmp-multipart";

    private final Path audioRoot;
    private final Path tmpRoot;
    private final Path multipartRoot;
    private final long maxBytes;

    TrackStorage(LibraryProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        this.audioRoot = Files.createDirectories(dataDir.resolve("audio"));
        this.tmpRoot = Files.createDirectories(dataDir.resolve("tmp"));
        // the servlet container's upload bodies (spring.servlet.multipart.location): it needs the folder to exist
        this.multipartRoot = Files.createDirectories(dataDir.resolve(MULTIPART_FOLDER));
        this.maxBytes = properties.maxUploadBytes();
    }

    StoredUpload receive(InputStream in) throws ImportException {
        Path temp = tmpRoot.resolve("upload-" + UUID.randomUUID() + ".part");
        MessageDigest sha256 = sha256();
        long total = 0;
        boolean received = false;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int n;
            while ((n = readFrom(in, buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportException(ImportFailure.TOO_LARGE, tooLargeMessage());
                }
                out.write(buffer, 0, n);
            }
            received = true;
        } catch (IOException e) {
            deleteQuietly(temp); // before measuring the free space
            throw isFull(tmpRoot) ? new ImportException(ImportFailure.STORAGE_FULL, FULL_MESSAGE, e) : storageFailure(e);
        } finally {
            if (!received) {
                // whatever went wrong, checked or not (a failing source stream, an error), leaves no part behind
                deleteQuietly(temp);
            }
        }
        return new StoredUpload(temp, total, HexFormat.of().formatHex(sha256.digest()));
    }

    /** A storage failure as users see it (without the server's paths, which the log gets). */
    static ImportException storageFailure(IOException e) {
        log.error("Storing a track's file failed", e);
        return new ImportException(ImportFailure.STORAGE, STORAGE_MESSAGE, e);
    }

    static boolean isFull(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static int readFrom(InputStream in, byte[] buffer) throws ImportException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            // a network failure says what happened ("Read timed out"); a file failure would name a server path
            boolean fileFailure = e instanceof FileSystemException || e instanceof FileNotFoundException;
            throw new ImportException(ImportFailure.INTERRUPTED,
                    fileFailure ? "The transfer was interrupted." : "The transfer was interrupted: " + e.getMessage(), e);
        }
    }

    String tooLargeMessage() {
        return "The file is larger than the upload limit of " + humanSize(maxBytes) + ".";
    }

    static String humanSize(long bytes) {
        if (bytes >= 1L << 30) {
            return "%.1f GB".formatted(bytes / (double) (1L << 30)).replace(".0 ", " ");
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return Math.max(1, bytes >> 10) + " KB";
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Moves a received upload into its final place and returns the path relative to the audio root. */
    String keep(StoredUpload upload, UUID ownerId, String extension) throws IOException {
        return keep(upload.tempFile(), ownerId + "/" + upload.sha256() + "." + extension);
    }

    /** A fresh temporary file for a rendition being written; discard it or {@link #keep(Path, String)} it. */
    Path newTempFile() {
        return tmpRoot.resolve("rendition-" + UUID.randomUUID() + ".part");
    }

    Path newTempFolder() throws ImportException {
        try {
            return Files.createDirectories(tmpRoot.resolve("fetch-" + UUID.randomUUID() + ".part"));
        } catch (IOException e) {
            log.error("No folder for a download could be made under {}", tmpRoot, e);
            throw new ImportException(ImportFailure.STORAGE, STORAGE_MESSAGE, e);
        }
    }

    void deleteFolder(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(TrackStorage::deleteQuietly);
        } catch (IOException ignored) {
            // swept at the next start
        }
    }

    String keep(Path tempFile, String relative) throws IOException {
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

    void delete(String relativePath) {
        deleteQuietly(resolve(relativePath));
    }

    /** Deletes a stored file, or says why it could not. */
    void deleteFile(String relativePath) throws IOException {
        Files.deleteIfExists(resolve(relativePath));
    }

    void discard(StoredUpload upload) {
        deleteQuietly(upload.tempFile());
    }

    static void deleteQuietly(Path path) {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
