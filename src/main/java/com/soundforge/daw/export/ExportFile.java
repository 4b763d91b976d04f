package com.soundforge.daw.export;

import java.nio.file.Path;

/** A completed export's file, for download: its path, the name to save it as, media type and size. */
public record ExportFile(Path path, String fileName, String mediaType, long sizeBytes) {}
