package com.soundforge.library.imports;

import com.soundforge.audio.AudioDecodeException;

final class ImportFailures {

    private ImportFailures() {}

    static ImportFailure from(AudioDecodeException.Reason reason) {
        return switch (reason) {
            case EMPTY -> ImportFailure.EMPTY;
            case NOT_AUDIO -> ImportFailure.NOT_AUDIO;
            case UNSUPPORTED_CODEC -> ImportFailure.UNSUPPORTED_CODEC;
            case CORRUPT -> ImportFailure.CORRUPT;
            case IO -> ImportFailure.STORAGE;
        };
    }
}
