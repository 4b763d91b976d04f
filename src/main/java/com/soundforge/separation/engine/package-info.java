/**
 * SFA's own stem separator, plain Java on {@code float[]} (no Spring, no I/O): a chunked STFT (the shared
 * {@link com.soundforge.dsp.Stft}, 4096-point Hann, hop 1024 at 44.1 kHz) with overlap so memory stays bounded,
 * source power models (harmonic/percussive medians
 * with a transient cue for the kick in the low band, no percussive share for a bin whose frequency holds steady
 * and, above 3 kHz, no harmonic share for an off-centre one whose frequency does not; a bass model that
 * follows the bass line note by note through the chunk, a centred and pitched vocal model), multichannel Wiener refinement (two EM steps, the second damped) with a
 * spatial covariance per source, and a residual "other" so the stems always add up to the input.
 */
@NullMarked
package com.soundforge.separation.engine;

import org.jspecify.annotations.NullMarked;
