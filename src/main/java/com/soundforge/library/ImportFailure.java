package com.soundforge.library;

/** Why an import was refused; every reason comes with a message meant for the user. */
public enum ImportFailure {
    EMPTY, NOT_AUDIO, UNSUPPORTED_CODEC, CORRUPT, TOO_LARGE, STORAGE, STORAGE_FULL, INTERRUPTED, BAD_URL, DOWNLOAD,
    UNSUPPORTED_SOURCE
}
