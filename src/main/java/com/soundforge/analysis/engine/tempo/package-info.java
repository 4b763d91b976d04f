/**
 * The steps of {@link com.soundforge.analysis.engine.TempoAnalyzer}, in order: {@link
 * com.soundforge.analysis.engine.tempo.BandFlux} measures the onset envelopes frame by frame and {@link
 * com.soundforge.analysis.engine.tempo.Envelopes} conditions them; {@link
 * com.soundforge.analysis.engine.tempo.Periodicity} finds the strongest beat period; {@link
 * com.soundforge.analysis.engine.tempo.MetricalLevel} tracks the beats of it and its relatives ({@code BeatTracker})
 * and chooses the beat level by the drum pattern; {@link com.soundforge.analysis.engine.tempo.BeatGrid} fits a
 * straight grid ({@code LineFit}, {@code SteadyGrid}) or follows a varying tempo ({@code TrackedGrid}); {@link
 * com.soundforge.analysis.engine.tempo.Downbeats} finds the bar phase. Plain Java on arrays; times are in envelope
 * frames until the analyzer converts them to seconds.
 */
@NullMarked
package com.soundforge.analysis.engine.tempo;

import org.jspecify.annotations.NullMarked;
