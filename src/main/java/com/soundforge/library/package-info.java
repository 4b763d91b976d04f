/**
 * The user's library: importing audio (upload now, URLs later), storing it under the data folder by content hash,
 * track metadata and waveform peaks, listing, search and deletion, and serving the audio to its owner.
 */
package com.soundforge.library;
