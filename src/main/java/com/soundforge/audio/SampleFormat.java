package com.soundforge.audio;

import java.nio.ByteOrder;

/** How one uncompressed sample is stored in a WAV or AIFF data chunk. */
record SampleFormat(Encoding encoding, int bytes, ByteOrder order) {

    enum Encoding {
        UNSIGNED_INT,
        SIGNED_INT,
        FLOAT
    }

    SampleFormat {
        boolean valid = switch (encoding) {
            case UNSIGNED_INT -> bytes == 1;
            case SIGNED_INT -> bytes >= 1 && bytes <= 4;
            case FLOAT -> bytes == 4 || bytes == 8;
        };
        if (!valid) {
            throw new IllegalArgumentException(encoding + " samples cannot be " + bytes + " bytes");
        }
    }
}
