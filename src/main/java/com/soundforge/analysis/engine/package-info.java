/**
 * The audio analysis engine: pure DSP on plain arrays (no Spring, no database, no UI).
 *
 * <p>{@link com.soundforge.analysis.engine.AnalysisEngine} decodes a file once, streaming, and feeds every block to
 * the analyzers. Each analyzer has one lifecycle, {@code start(sampleRate, channels, totalFramesOrMinus1)} →
 * {@code process(planar, frames)} (any number of times) → {@code finish()}, and keeps only compact per-frame
 * envelopes and features, so memory stays bounded for long files:
 * <ul>
 *   <li>{@link com.soundforge.analysis.engine.LoudnessAnalyzer}: ITU-R BS.1770-4 / EBU R128 loudness at full rate on
 *       every channel, true peak, sample peak, RMS and an energy curve;</li>
 *   <li>{@link com.soundforge.analysis.engine.TempoAnalyzer}: onset envelopes, tempo, beat grid and downbeats;</li>
 *   <li>{@link com.soundforge.analysis.engine.KeyAnalyzer}: harmonic chroma and the key;</li>
 *   <li>{@link com.soundforge.analysis.engine.SpectralFeatureAnalyzer}: display features (MFCC, centroid...);</li>
 *   <li>{@link com.soundforge.analysis.engine.StructureAnalyzer}: sections, drops, hot cues and loops from a report.</li>
 * </ul>
 * Tempo, key and features work on a mono downmix decimated to about 22 kHz (key: about 11 kHz) by half-band FIR
 * filters ({@link com.soundforge.analysis.engine.FrontEnd}), which the engine shares between the analyzers; each
 * frames it with {@link com.soundforge.analysis.engine.StreamingStft} on the shared {@link com.soundforge.dsp.Stft}.
 * The analyzers coordinate; their steps live in one sub-package each ({@code key}, {@code loudness},
 * {@code spectral}, {@code structure}, {@code tempo}).
 */
@NullMarked
package com.soundforge.analysis.engine;

import org.jspecify.annotations.NullMarked;
