/**
 * Audio analysis of a track: tempo and beat grid, key, EBU R128 loudness, spectral features over time (the
 * engine, in {@code analysis.engine}, plain Java), and the structure/auto-cue suggestions derived from them.
 * {@link com.soundforge.analysis.AnalysisService} runs and stores it; results carry the engine version.
 */
package com.soundforge.analysis;
