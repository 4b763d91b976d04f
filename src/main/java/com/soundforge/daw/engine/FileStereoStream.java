package com.soundforge.daw.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A prepared stream on disk: raw float32 little-endian interleaved stereo, the bytes the media endpoint serves.
 * Reads go straight to the file (nothing but the caller's block is in memory); one instance is for one thread.
 */
public final class FileStereoStream implements StereoStream {

    public static final int BYTES_PER_FRAME = 8;

    private final FileChannel channel;
    private final long frames;
    private ByteBuffer buffer = ByteBuffer.allocate(0);

    public FileStereoStream(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.frames = channel.size() / BYTES_PER_FRAME;
    }

    @Override
    public long frames() {
        return frames;
    }

    @Override
    public void read(long start, float[] left, float[] right, int count) {
        Arrays.fill(left, 0, count, 0f);
        Arrays.fill(right, 0, count, 0f);
        long from = Math.max(start, 0);
        long to = Math.min(start + count, frames);
        if (from >= to) {
            return;
        }
        int bytes = (int) (to - from) * BYTES_PER_FRAME;
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }
        buffer.clear().limit(bytes);
        try {
            long position = from * BYTES_PER_FRAME;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position + buffer.position());
                if (read < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.flip();
        int at = (int) (from - start);
        while (buffer.remaining() >= BYTES_PER_FRAME) {
            left[at] = buffer.getFloat();
            right[at] = buffer.getFloat();
            at++;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
