/**
 * The per-frame feature steps of {@link com.soundforge.analysis.engine.SpectralFeatureAnalyzer} that need designed
 * filters: MFCC ({@link com.soundforge.analysis.engine.spectral.MelCepstrum}) and spectral contrast
 * ({@link com.soundforge.analysis.engine.spectral.SpectralContrast}).
 */
@NullMarked
package com.soundforge.analysis.engine.spectral;

import org.jspecify.annotations.NullMarked;
