package com.soundforge.separation;

import java.nio.file.Path;

/** A stored stem's WAV file, for streaming to its owner. */
public record StemFile(StemType type, Path path, long sizeBytes) {

    public static final String MEDIA_TYPE = "audio/wav";
}
