/**
 * The steps of {@link com.soundforge.analysis.engine.LoudnessAnalyzer}: the BS.1770 K-weighting filter
 * ({@link com.soundforge.analysis.engine.loudness.KWeighting}), the true-peak meter
 * ({@link com.soundforge.analysis.engine.loudness.TruePeakMeter}) and the gated loudness figures computed from the
 * 100 ms energies ({@link com.soundforge.analysis.engine.loudness.GatedLoudness}).
 */
@NullMarked
package com.soundforge.analysis.engine.loudness;

import org.jspecify.annotations.NullMarked;
