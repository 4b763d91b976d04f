package com.soundforge.audio;

/** Decoded audio, read block by block as planar float samples in [-1, 1]. */
public interface PcmStream extends AutoCloseable {

    StreamInfo info();

    /**
     * Decodes up to {@code maxFrames} frames into {@code planar[channel][0..frames)}; {@code planar} needs one
     * array of at least {@code maxFrames} floats per channel.
     *
     * @return frames decoded, or -1 at the end of the stream
     * @throws AudioDecodeException CORRUPT when the data is damaged or ends before the declared frame count
     */
    int read(float[][] planar, int maxFrames) throws AudioDecodeException;

    @Override
    void close();
}
