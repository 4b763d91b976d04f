package com.soundforge.daw.engine;

import java.io.IOException;
import java.util.List;

/** Receives a render block by block, in timeline order. */
@FunctionalInterface
public interface RenderSink {

    /**
     * Frames {@code [firstFrame, firstFrame + frames)} of the master and of each sounding track (in track order,
     * each after its fader, pan and the master gain, so the tracks add up to the master). The arrays are reused
     * for the next block.
     */
    void accept(long firstFrame, int frames, StereoBlock master, List<TrackBlock> tracks) throws IOException;

    /** A block of stereo samples. */
    record StereoBlock(float[] left, float[] right) {}

    /** A sounding track's block. */
    record TrackBlock(com.soundforge.daw.model.DawTrack track, StereoBlock signal) {}
}
