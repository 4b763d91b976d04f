/**
 * The DAW's server renderer, plain Java: source streams prepared at the project rate (decoded, stereo, resampled,
 * time-stretched for warped clips) and cached on disk in independent chunks, and the arrangement renderer that
 * mixes them by the README's mixing rules into a master and per-track stereo signals, block by block.
 */
@NullMarked
package com.soundforge.daw.engine;

import org.jspecify.annotations.NullMarked;
