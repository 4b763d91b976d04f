package com.soundforge.analysis;

/**
 * EBU R128 / ITU-R BS.1770 loudness and sample levels. Values are null for digital silence (or audio too short
 * to gate).
 *
 * @param integratedLufs    programme loudness, gated
 * @param rangeLu           loudness range (LRA)
 * @param truePeakDbtp      4× oversampled peak
 * @param energyHopSeconds  spacing of {@code energyDb}
 * @param energyDb          short-term energy curve over time, in dB (for display and structure)
 */
public record Loudness(
        Double integratedLufs,
        Double rangeLu,
        Double truePeakDbtp,
        Double samplePeakDbfs,
        Double rmsDbfs,
        double energyHopSeconds,
        float[] energyDb) {}
