package com.soundforge.daw.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a stereo render as WAV, streaming: 24-bit PCM (clipped to ±1 and rounded to the nearest step) or 32-bit
 * IEEE float (values above 1 kept). The header's sizes are fixed on close.
 */
public final class ExportWavWriter implements AutoCloseable {

    /** The sample encoding of an export. */
    public enum Encoding {
        PCM_24(1, 3),
        FLOAT_32(3, 4);

        private final int formatTag;
        private final int bytes;

        Encoding(int formatTag, int bytes) {
            this.formatTag = formatTag;
            this.bytes = bytes;
        }
    }

    private static final int CHANNELS = 2;
    private static final double FULL_SCALE = 8_388_607;

    private final Path file;
    private final Encoding encoding;
    private final OutputStream out;
    private final int headerBytes;
    private ByteBuffer scratch = ByteBuffer.allocate(0);
    private long frames;

    public ExportWavWriter(Path file, int sampleRate, Encoding encoding) throws IOException {
        this.file = file;
        this.encoding = encoding;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        byte[] header = header(sampleRate, 0);
        this.headerBytes = header.length;
        out.write(header);
    }

    /** The 24-bit PCM value of a sample: clipped to ±1, then rounded to the nearest of 2^23 − 1 steps. */
    public static int pcm24(float sample) {
        double clipped = Math.max(-1.0, Math.min(1.0, sample));
        return (int) Math.round(clipped * FULL_SCALE);
    }

    public void write(float[] left, float[] right, int count) throws IOException {
        int needed = count * CHANNELS * encoding.bytes;
        if (scratch.capacity() < needed) {
            scratch = ByteBuffer.allocate(needed).order(ByteOrder.LITTLE_ENDIAN);
        }
        scratch.clear();
        for (int i = 0; i < count; i++) {
            put(left[i]);
            put(right[i]);
        }
        out.write(scratch.array(), 0, needed);
        frames += count;
    }

    private void put(float sample) {
        if (encoding == Encoding.FLOAT_32) {
            scratch.putFloat(sample);
        } else {
            int value = pcm24(sample);
            scratch.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        long dataBytes = frames * CHANNELS * encoding.bytes;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4);
            raf.write(littleEndian(clamp(headerBytes - 8 + dataBytes)));
            if (encoding == Encoding.FLOAT_32) {
                raf.seek(headerBytes - 12);
                raf.write(littleEndian(clamp(frames)));
            }
            raf.seek(headerBytes - 4);
            raf.write(littleEndian(clamp(dataBytes)));
        }
    }

    private byte[] header(int sampleRate, long dataBytes) {
        boolean isFloat = encoding == Encoding.FLOAT_32;
        int fmtSize = isFloat ? 18 : 16;
        int size = 12 + 8 + fmtSize + (isFloat ? 12 : 0) + 8;
        ByteBuffer header = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) clamp(size - 8 + dataBytes)).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(fmtSize);
        header.putShort((short) encoding.formatTag).putShort((short) CHANNELS).putInt(sampleRate);
        header.putInt(sampleRate * CHANNELS * encoding.bytes).putShort((short) (CHANNELS * encoding.bytes));
        header.putShort((short) (8 * encoding.bytes));
        if (isFloat) {
            header.putShort((short) 0);
            header.put(ascii("fact")).putInt(4).putInt(0);
        }
        header.put(ascii("data")).putInt((int) clamp(dataBytes));
        return header.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static long clamp(long value) {
        return Math.min(value, 0xFFFF_FFFFL);
    }

    private static byte[] littleEndian(long value) {
        return ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) value)
                .array();
    }
}
