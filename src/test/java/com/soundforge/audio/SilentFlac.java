package com.soundforge.audio;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes a real, valid FLAC file of digital silence: 8 kHz mono 16-bit, every frame one CONSTANT subframe, so hours of
 * audio take a few hundred kilobytes, as a lossless encoder makes of silence (the disk-filling upload of the issue).
 */
public final class SilentFlac {

    private static final int SAMPLE_RATE = 8_000;
    private static final int BLOCK = 4096;

    private SilentFlac() {}

    public static Path write(Path file, Duration length) {
        long total = length.toMillis() * SAMPLE_RATE / 1000;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(new byte[] {'f', 'L', 'a', 'C'});
            out.write(new byte[] {(byte) 0x80, 0, 0, 34});
            out.write(streamInfo(total));
            long frameNumber = 0;
            for (long written = 0; written < total; written += BLOCK) {
                out.write(frame(frameNumber++, (int) Math.min(BLOCK, total - written)));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] streamInfo(long totalSamples) {
        Bits bits = new Bits();
        bits.put(BLOCK, 16).put(BLOCK, 16).put(0, 24).put(0, 24);
        bits.put(SAMPLE_RATE, 20).put(0, 3).put(15, 5).put(totalSamples, 36);
        bits.put(0, 64).put(0, 64); // MD5 unknown
        return bits.bytes();
    }

    private static byte[] frame(long number, int blockSize) {
        Bits header = new Bits();
        header.put(0b11111111111110, 14).put(0, 1).put(0, 1); // sync, reserved, fixed block size
        header.put(0b0111, 4).put(0b0100, 4); // block size in 16 bits at the end, 8 kHz
        header.put(0b0000, 4).put(0b100, 3).put(0, 1); // mono, 16-bit
        byte[] start = header.bytes();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(start);
        frame.writeBytes(utf8(number));
        frame.write((blockSize - 1) >> 8);
        frame.write((blockSize - 1) & 0xFF);
        frame.write(crc8(frame.toByteArray()));
        frame.write(0); // CONSTANT subframe, no wasted bits
        frame.write(0); // the 16-bit constant: silence
        frame.write(0);
        int crc = crc16(frame.toByteArray());
        frame.write(crc >> 8);
        frame.write(crc & 0xFF);
        return frame.toByteArray();
    }

    private static byte[] utf8(long n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        if (n < 0x800) {
            return new byte[] {(byte) (0xC0 | (n >> 6)), (byte) (0x80 | (n & 0x3F))};
        }
        if (n < 0x10000) {
            return new byte[] {(byte) (0xE0 | (n >> 12)), (byte) (0x80 | ((n >> 6) & 0x3F)), (byte) (0x80 | (n & 0x3F))
            };
        }
        return new byte[] {
            (byte) (0xF0 | (n >> 18)),
            (byte) (0x80 | ((n >> 12) & 0x3F)),
            (byte) (0x80 | ((n >> 6) & 0x3F)),
            (byte) (0x80 | (n & 0x3F))
        };
    }

    private static int crc8(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    private static int crc16(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    /** Big-endian bit writer. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        Bits put(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                current = (current << 1) | (int) ((value >> i) & 1);
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
