package com.soundforge.separation.engine;

/** Receives separated audio in order: {@code stems[stem][channel][0..frames)}; the arrays are reused. */
@FunctionalInterface
public interface StemSink {

    void accept(float[][][] stems, int frames);
}
