package com.soundforge.library.imports;

import com.soundforge.library.LibraryProperties;
import com.soundforge.library.TrackStorage;
import com.soundforge.library.UploadSpace;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Files on their way into the library: an upload or download streams into a temporary file of the
 * {@link TrackStorage} (hashed and held to the upload limit as it comes), and moves into place only once complete,
 * so an interrupted transfer leaves nothing behind. Failures come out as {@link ImportException}s users can read.
 */
@Component
class IncomingFiles {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(IncomingFiles.class);
    /** What users see of a storage failure: its detail names server paths, so it goes only to the log. */
    static final String STORAGE_MESSAGE = "The file could not be stored on the server. Please try again later.";

    private final TrackStorage storage;
    private final UploadSpace space;
    private final long maxBytes;

    IncomingFiles(TrackStorage storage, UploadSpace space, LibraryProperties properties) {
        this.storage = storage;
        this.space = space;
        this.maxBytes = properties.maxUploadBytes();
    }

    StoredUpload receive(InputStream in) throws ImportException {
        Path temp = storage.newTempPath("upload");
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
            TrackStorage.deleteQuietly(temp); // before measuring the free space
            throw space.isFull()
                    ? new ImportException(ImportFailure.STORAGE_FULL, UploadSpace.FULL_MESSAGE, e)
                    : storageFailure(e);
        } finally {
            if (!received) {
                // whatever went wrong, checked or not (a failing source stream, an error), leaves no part behind
                TrackStorage.deleteQuietly(temp);
            }
        }
        return new StoredUpload(temp, total, HexFormat.of().formatHex(sha256.digest()));
    }

    /** A storage failure as users see it (without the server's paths, which the log gets). */
    static ImportException storageFailure(IOException e) {
        log.error("Storing a track's file failed", e);
        return new ImportException(ImportFailure.STORAGE, STORAGE_MESSAGE, e);
    }

    private static int readFrom(InputStream in, byte[] buffer) throws ImportException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            // a network failure says what happened ("Read timed out"); a file failure would name a server path
            boolean fileFailure = e instanceof FileSystemException || e instanceof FileNotFoundException;
            throw new ImportException(
                    ImportFailure.INTERRUPTED,
                    fileFailure ? "The transfer was interrupted." : "The transfer was interrupted: " + e.getMessage(),
                    e);
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
        return storage.keep(upload.tempFile(), ownerId + "/" + upload.sha256() + "." + extension);
    }

    void discard(StoredUpload upload) {
        TrackStorage.deleteQuietly(upload.tempFile());
    }

    /** A fresh temporary folder for a download tool to write into; {@link #deleteFolder(Path)} it when done. */
    Path newDownloadFolder() throws ImportException {
        try {
            return storage.newTempFolder("fetch");
        } catch (IOException e) {
            log.error("No folder for a download could be made", e);
            throw new ImportException(ImportFailure.STORAGE, STORAGE_MESSAGE, e);
        }
    }

    void deleteFolder(Path folder) {
        storage.deleteFolder(folder);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
