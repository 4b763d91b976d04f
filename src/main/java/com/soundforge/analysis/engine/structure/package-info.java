/**
 * The steps of {@link com.soundforge.analysis.engine.StructureAnalyzer}: the novelty curve
 * ({@link com.soundforge.analysis.engine.structure.NoveltyCurve}), section boundaries
 * ({@link com.soundforge.analysis.engine.structure.SectionBoundaries}), labels from energy
 * ({@link com.soundforge.analysis.engine.structure.SectionLabels}), hot cues
 * ({@link com.soundforge.analysis.engine.structure.CueSuggestions}) and loops
 * ({@link com.soundforge.analysis.engine.structure.LoopSuggestions}).
 */
@NullMarked
package com.soundforge.analysis.engine.structure;

import org.jspecify.annotations.NullMarked;
