package com.soundforge.daw.engine;

/** A stereo signal at the project rate that can be read anywhere; frames outside {@code [0, frames())} are silent. */
public interface StereoStream extends AutoCloseable {

    long frames();

    /** Reads frames {@code [start, start + count)} into {@code left[0..count)} and {@code right[0..count)}. */
    void read(long start, float[] left, float[] right, int count);

    @Override
    default void close() {}
}
