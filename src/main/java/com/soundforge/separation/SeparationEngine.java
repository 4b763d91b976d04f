package com.soundforge.separation;

import java.nio.file.Path;
import java.util.List;

/** Something that splits an audio file into stem WAV files: SFA's own engine or the Demucs command line. */
public interface SeparationEngine {

    /** "sfa" or "demucs", stored with each stem. */
    String id();

    /** Whether the engine can run on this machine; Demucs needs its command line tool. */
    boolean available();

    /**
     * Writes one WAV per stem into {@code outputDir} (created if missing).
     *
     * @param model    engine-specific model name; ignored by SFA's engine
     * @param progress told the fraction done, in [0, 1]; may throw to cancel
     */
    List<SeparatedStem> separate(Path audio, Path outputDir, int stems, String model, SeparationProgress progress)
            throws SeparationException;
}
