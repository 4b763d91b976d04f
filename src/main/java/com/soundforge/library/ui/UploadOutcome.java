package com.soundforge.library.ui;

import com.soundforge.library.imports.ImportResult;
import java.io.Serializable;

/** What became of one uploaded file: imported (maybe as a duplicate) or refused with a message. */
record UploadOutcome(String fileName, ImportResult imported, String error) implements Serializable {

    static UploadOutcome imported(String fileName, ImportResult result) {
        return new UploadOutcome(fileName, result, null);
    }

    static UploadOutcome refused(String fileName, String error) {
        return new UploadOutcome(fileName, null, error);
    }

    String describe() {
        if (error != null) {
            return fileName + ": " + error;
        }
        return imported.duplicate()
                ? fileName + ": already in your library as “" + imported.track().displayName() + "”."
                : fileName + ": imported as “" + imported.track().displayName() + "”.";
    }
}
