package com.soundforge.library;

import org.springframework.stereotype.Component;

/**
 * Whether the data folder's file system is full. Upload bodies are written there (its tmp-multipart folder) before
 * a controller sees them, so a body the servlet container could not store may be told apart from a malformed one.
 */
@Component
public class UploadSpace {

    public static final String FULL_MESSAGE = TrackStorage.FULL_MESSAGE;

    private final LibraryProperties properties;

    UploadSpace(LibraryProperties properties) {
        this.properties = properties;
    }

    public boolean isFull() {
        return TrackStorage.isFull(properties.dataDir().toAbsolutePath().normalize());
    }
}
