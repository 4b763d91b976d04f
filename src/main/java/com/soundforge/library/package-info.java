/**
 * The user's library: importing audio (upload now, URLs later), storing it under the data folder by content hash,
 * track metadata and waveform peaks, listing, search and deletion, serving the audio to its owner, and the
 * channel topic {@code tracks} (the user's library, live, for external clients).
 */
package com.soundforge.library;
