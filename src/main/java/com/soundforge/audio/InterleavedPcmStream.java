package com.soundforge.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Streams uncompressed samples (WAV, AIFF) straight from the file through a reused buffer. */
final class InterleavedPcmStream implements PcmStream {

    private final PcmLayout layout;
    private final SourceInput in;
    private final int blockAlign;
    private final long readableFrames;
    private byte[] buffer = new byte[0];
    private ByteBuffer view = ByteBuffer.wrap(buffer);
    private long framesRead;
    private boolean endOfFile;

    private InterleavedPcmStream(PcmLayout layout, SourceInput in) {
        this.layout = layout;
        this.in = in;
        this.blockAlign = layout.blockAlign();
        long dataFrames = layout.dataBytes() < 0 ? Long.MAX_VALUE : layout.dataBytes() / blockAlign;
        this.readableFrames = layout.declaredFrames() < 0 ? dataFrames : Math.min(dataFrames, layout.declaredFrames());
    }

    static PcmStream open(Path file, PcmLayout layout) throws AudioDecodeException {
        return new InterleavedPcmStream(layout, SourceInput.open(file, layout.dataOffset()));
    }

    @Override
    public StreamInfo info() {
        return layout.info();
    }

    @Override
    public int read(float[][] planar, int maxFrames) throws AudioDecodeException {
        int wanted = (int) Math.min(maxFrames, readableFrames - framesRead);
        if (wanted <= 0 || endOfFile) {
            return finish();
        }
        int wantedBytes = wanted * blockAlign;
        if (buffer.length < wantedBytes) {
            buffer = new byte[wantedBytes];
            view = ByteBuffer.wrap(buffer).order(layout.sampleFormat().order());
        }
        int got = fill(wantedBytes);
        int frames = got / blockAlign;
        if (got < wantedBytes) {
            endOfFile = true;
        }
        if (frames == 0) {
            return finish();
        }
        SampleConverter.toPlanar(view, layout.sampleFormat(), layout.info().channels(), frames, planar);
        framesRead += frames;
        return frames;
    }

    private int fill(int wantedBytes) throws AudioDecodeException {
        try {
            return in.readNBytes(buffer, 0, wantedBytes);
        } catch (IOException e) {
            throw DecodeFailures.of(e, layout.info().codec().toUpperCase());
        }
    }

    private int finish() throws AudioDecodeException {
        long declared = layout.declaredFrames();
        if (declared >= 0 && framesRead < declared) {
            throw AudioDecodeException.truncated(declared, framesRead);
        }
        return -1;
    }

    @Override
    public void close() {
        in.closeQuietly();
    }
}
