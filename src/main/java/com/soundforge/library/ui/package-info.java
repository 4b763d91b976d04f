/** Library screens: the dashboard (upload and track grid) and the track page (metadata, waveform, playback). */
package com.soundforge.library.ui;
