/**
 * The DAW's media endpoints under {@code /media/daw/…}: a clip source's prepared chunks and waveform peaks for the
 * browser's engine, and export downloads. Who may read a project's sources is asked of {@link
 * com.soundforge.daw.web.DawMediaAccess}.
 */
package com.soundforge.daw.web;
