package com.soundforge.library.imports;

/** An import that was refused; nothing of it is left in the database or on disk. */
public class ImportException extends Exception {

    private final ImportFailure failure;

    public ImportException(ImportFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public ImportException(ImportFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public ImportFailure failure() {
        return failure;
    }
}
