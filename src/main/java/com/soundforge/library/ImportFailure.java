package com.soundforge.library;

/**
 * Why an import was refused; every reason comes with a message meant for the user. {@code TOO_SLOW}: a download
 * overran {@code sfa.import.max-duration} or fell below {@code sfa.import.min-rate}; it is not retried, since a retry
 * would hold a worker just as long again. {@code STORAGE_FULL}: the server's disk had no room for the file.
 */
public enum ImportFailure {
    EMPTY, NOT_AUDIO, UNSUPPORTED_CODEC, CORRUPT, TOO_LARGE, STORAGE, STORAGE_FULL, INTERRUPTED, BAD_URL, DOWNLOAD,
    UNSUPPORTED_SOURCE, TOO_SLOW
}
