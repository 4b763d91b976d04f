package com.soundforge.library.imports;

/**
 * Why an import was refused; every reason comes with a message meant for the user. {@code TOO_SLOW}: a download
 * overran {@code sfa.import.max-duration} or fell below {@code sfa.import.min-rate}; it is not retried, since a retry
 * would hold a worker just as long again. {@code STORAGE_FULL}: the server's disk had no room for the file (or would keep less than
 * {@code sfa.storage.min-free-space} free). {@code TOO_LONG}: the audio lasts longer than
 * {@code sfa.upload.max-duration}. {@code QUOTA_EXCEEDED}: the user's {@code sfa.storage.user-quota} has no room.
 */
public enum ImportFailure {
    EMPTY,
    NOT_AUDIO,
    UNSUPPORTED_CODEC,
    CORRUPT,
    TOO_LARGE,
    STORAGE,
    STORAGE_FULL,
    INTERRUPTED,
    BAD_URL,
    DOWNLOAD,
    UNSUPPORTED_SOURCE,
    TOO_SLOW,
    TOO_LONG,
    QUOTA_EXCEEDED
}
