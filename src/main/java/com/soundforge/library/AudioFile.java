package com.soundforge.library;

import java.nio.file.Path;

/** A track's stored audio file and its media type, for streaming to its owner. */
public record AudioFile(Path path, String mediaType, long sizeBytes) {}
