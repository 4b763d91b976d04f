package com.soundforge.pipeline;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.library.ImportException;
import com.soundforge.library.ImportFailure;
import com.soundforge.library.TrackNotFoundException;

/** Turns a stage's exception into the message users see, and decides whether trying again can help. */
final class FailureMessages {

    private FailureMessages() {
    }

    static String describe(Exception e) {
        if (e instanceof ImportException || e instanceof AudioDecodeException || e instanceof TrackNotFoundException) {
            return e.getMessage();
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
