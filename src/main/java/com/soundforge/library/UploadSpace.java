package com.soundforge.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Whether the data folder's file system is full: the one place that decides it. Imports ask after a failed write,
 * and upload bodies are written there (its tmp-multipart folder) before a controller sees them, so a body the
 * servlet container could not store may be told apart from a malformed one.
 */
@Component
public class UploadSpace {

    public static final String FULL_MESSAGE =
            "The server's storage is full, so nothing was saved. Please try again later.";
    /** Below this much free space after a failed write, the failure is taken for a full disk. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private final Path dataDir;

    public UploadSpace(LibraryProperties properties) {
        this.dataDir = properties.dataDir().toAbsolutePath().normalize();
    }

    public boolean isFull() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
