/**
 * The user's library: tracks stored under the data folder by content hash, their metadata and waveform peaks,
 * listing, search and deletion, serving the audio to its owner, per-user storage quota and free-space checks, and
 * the channel topic {@code tracks} (the user's library, live, for external clients). Importing (uploads, URLs, web
 * pages, Spotify) is the {@code imports} sub-package's, which adds tracks through {@link TrackCatalog}.
 */
package com.soundforge.library;
