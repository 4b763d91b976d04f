package com.soundforge.library;

/**
 * A track with where its files are kept: the original's {@code storagePath} and, for a format browsers cannot
 * decode, the WAV rendition's {@code playbackPath} (else null), both relative to the audio folder, and the
 * original's SHA-256 {@code contentHash}. For the library module only (the imports sub-package adds tracks so).
 */
public record StoredTrack(Track track, String contentHash, String storagePath, String playbackPath) {}
