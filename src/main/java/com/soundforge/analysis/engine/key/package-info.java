/**
 * The steps of {@link com.soundforge.analysis.engine.KeyAnalyzer}: harmonic peak picking into 36-slot chroma
 * ({@link com.soundforge.analysis.engine.key.HarmonicPeaks}), the chord evidence
 * ({@link com.soundforge.analysis.engine.key.ChordKeyEvidence}) and the decision among the 24 keys
 * ({@link com.soundforge.analysis.engine.key.KeyDecision}).
 */
@NullMarked
package com.soundforge.analysis.engine.key;

import org.jspecify.annotations.NullMarked;
