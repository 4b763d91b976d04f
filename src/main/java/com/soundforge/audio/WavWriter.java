package com.soundforge.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes planar float blocks as a 24-bit PCM WAV, streaming; the header's sizes are fixed on close. */
public final class WavWriter implements AutoCloseable {

    private static final int BYTES_PER_SAMPLE = 3;
    private static final int HEADER_BYTES = 44;

    /** Size of the file this writer writes for {@code frames} frames of {@code channels} channels. */
    public static long fileSize(long frames, int channels) {
        return HEADER_BYTES + frames * channels * (long) BYTES_PER_SAMPLE;
    }

    private static final float FULL_SCALE = 8_388_607f;

    private final Path file;
    private final int channels;
    private final OutputStream out;
    private byte[] scratch = new byte[0];
    private long frames;

    public WavWriter(Path file, int sampleRateHz, int channels) throws IOException {
        this.file = file;
        this.channels = channels;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out.write(header(sampleRateHz, channels, 0));
    }

    public void write(float[][] planar, int frameCount) throws IOException {
        int needed = frameCount * channels * BYTES_PER_SAMPLE;
        if (scratch.length < needed) {
            scratch = new byte[needed];
        }
        int at = 0;
        for (int frame = 0; frame < frameCount; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                float sample = Math.max(-1f, Math.min(1f, planar[channel][frame]));
                int value = Math.round(sample * FULL_SCALE);
                scratch[at++] = (byte) value;
                scratch[at++] = (byte) (value >> 8);
                scratch[at++] = (byte) (value >> 16);
            }
        }
        out.write(scratch, 0, needed);
        frames += frameCount;
    }

    @Override
    public void close() throws IOException {
        out.close();
        long dataBytes = frames * channels * BYTES_PER_SAMPLE;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4);
            raf.write(littleEndianInt(clampToUnsignedInt(HEADER_BYTES - 8 + dataBytes)));
            raf.seek(40);
            raf.write(littleEndianInt(clampToUnsignedInt(dataBytes)));
        }
    }

    private static byte[] header(int sampleRateHz, int channels, long dataBytes) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt((int) (HEADER_BYTES - 8 + dataBytes))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) channels)
                .putInt(sampleRateHz)
                .putInt(sampleRateHz * channels * BYTES_PER_SAMPLE)
                .putShort((short) (channels * BYTES_PER_SAMPLE))
                .putShort((short) (8 * BYTES_PER_SAMPLE))
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt((int) dataBytes);
        return header.array();
    }

    private static int clampToUnsignedInt(long value) {
        return (int) Math.min(value, 0xFFFF_FFFFL);
    }

    private static byte[] littleEndianInt(int value) {
        return ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(value)
                .array();
    }
}
