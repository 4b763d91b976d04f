package com.soundforge.pipeline;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.library.imports.ImportException;
import java.io.IOException;

/** Turns a stage's exception into the message users see, and decides whether trying again can help. */
final class FailureMessages {

    private FailureMessages() {}

    static final String FILE_FAILURE = "A file could not be read or written on the server.";

    static String describe(Exception e) {
        if (e instanceof ImportException || e instanceof AudioDecodeException || e instanceof TrackNotFoundException) {
            return e.getMessage();
        }
        if (e instanceof IOException) {
            // its message names server paths: the job's error and log are the user's to read, the detail is not
            return FILE_FAILURE;
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    static boolean isTransient(Exception e) {
        if (e instanceof ImportException importFailure) {
            return switch (importFailure.failure()) {
                case DOWNLOAD, INTERRUPTED, STORAGE, STORAGE_FULL -> true;
                default -> false;
            };
        }
        if (e instanceof AudioDecodeException decodeFailure) {
            return decodeFailure.reason() == AudioDecodeException.Reason.IO;
        }
        return !(e instanceof TrackNotFoundException);
    }
}
