/**
 * Signal processing shared by the analysis and separation engines: plain Java on {@code float[]} (no Spring, no
 * I/O, no other SFA module). {@link com.soundforge.dsp.Stft} is the one short-time Fourier transform both use.
 */
@NullMarked
package com.soundforge.dsp;

import org.jspecify.annotations.NullMarked;
