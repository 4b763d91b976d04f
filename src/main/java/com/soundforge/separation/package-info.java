/**
 * Stem separation: vocals, drums, bass and other (or vocals and instrumental) per track, with SFA's own engine
 * (plain Java, {@code engine}) or the Demucs command line ({@code demucs}). The API is {@code SeparationService}
 * and its records; stems are stored per track with their engine and model and removed with the track.
 */
package com.soundforge.separation;
