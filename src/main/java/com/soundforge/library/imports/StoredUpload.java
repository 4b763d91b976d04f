package com.soundforge.library.imports;

import java.nio.file.Path;

/** An upload written to a temporary file, with its size and SHA-256. */
record StoredUpload(Path tempFile, long sizeBytes, String sha256) {}
