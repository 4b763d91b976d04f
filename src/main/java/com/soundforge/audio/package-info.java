/**
 * Audio file intake: recognising a file's format from its content, decoding it as a stream of planar
 * float samples, reading its tags and building waveform overviews in one streaming pass.
 * <p>
 * Supported: WAV (PCM 8/16/24/32-bit, IEEE float 32/64-bit, WAVE_FORMAT_EXTENSIBLE, RF64), AIFF/AIFC
 * (PCM, float), FLAC, MP3 (MPEG 1/2/2.5 Layer I-III) and Ogg Vorbis. Everything else is rejected with
 * an {@link com.soundforge.audio.AudioDecodeException} whose message can be shown to a user.
 * <p>
 * Files are never read whole into memory: decoders work with small fixed buffers, so a multi-hour file
 * costs no more heap than a short one. This package is plain Java and knows nothing of Spring, Vaadin or
 * the database.
 */
@NullMarked
package com.soundforge.audio;

import org.jspecify.annotations.NullMarked;
