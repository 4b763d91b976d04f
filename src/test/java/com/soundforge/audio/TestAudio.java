package com.soundforge.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Synthesises test signals and writes them as WAV or AIFF, streaming, so files of any size are cheap. */
public final class TestAudio {

    private static final int BLOCK_FRAMES = 4096;

    @FunctionalInterface
    interface Signal {
        double sample(int channel, long frame);
    }

    enum WavEncoding {
        PCM_8(1, 8),
        PCM_16(1, 16),
        PCM_24(1, 24),
        PCM_32(1, 32),
        FLOAT_32(3, 32),
        FLOAT_64(3, 64);

        final int tag;
        final int bits;

        WavEncoding(int tag, int bits) {
            this.tag = tag;
            this.bits = bits;
        }
    }

    private TestAudio() {}

    /** A sine of {@code hz} on channel 0, 1.5 x that on channel 1, 2 x on channel 2, and so on. */
    static Signal sine(int sampleRate, double hz, double amplitude) {
        return (channel, frame) -> amplitude * Math.sin(2 * Math.PI * hz * (1 + 0.5 * channel) * frame / sampleRate);
    }

    static Signal square(int periodFrames) {
        return (channel, frame) -> (frame % periodFrames) < periodFrames / 2 ? 1.0 : -1.0;
    }

    /** One precomputed sine period per channel: fast enough for very long files. */
    static Signal cheapSine(int periodFrames, double amplitude) {
        double[] period = new double[periodFrames];
        Arrays.setAll(period, i -> amplitude * Math.sin(2 * Math.PI * i / periodFrames));
        return (channel, frame) -> period[(int) ((frame + channel * 7L) % periodFrames)];
    }

    /** A 16-bit PCM WAV sine for tests outside this package: {@code hz} on channel 0, overtones on the others. */
    public static Path writeSineWav(Path file, int sampleRate, int channels, double seconds, double hz) {
        return wav(
                file,
                WavEncoding.PCM_16,
                sampleRate,
                channels,
                Math.round(seconds * sampleRate),
                sine(sampleRate, hz, 0.5));
    }

    /** A 16-bit AIFF sine for tests outside this package. */
    public static Path writeSineAiff(Path file, int sampleRate, int channels, double seconds, double hz) {
        return aiff(file, 16, sampleRate, channels, Math.round(seconds * sampleRate), sine(sampleRate, hz, 0.5));
    }

    static Path wav(Path file, WavEncoding encoding, int sampleRate, int channels, long frames, Signal signal) {
        return wav(file, encoding, false, sampleRate, channels, frames, signal);
    }

    static Path wav(
            Path file,
            WavEncoding encoding,
            boolean extensible,
            int sampleRate,
            int channels,
            long frames,
            Signal signal) {
        int bytes = encoding.bits / 8;
        long dataBytes = frames * channels * bytes;
        ByteBuffer header = wavHeader(
                extensible ? 0xFFFE : encoding.tag,
                extensible ? encoding.tag : 0,
                sampleRate,
                channels,
                encoding.bits,
                dataBytes);
        return write(
                file,
                header,
                dataBytes,
                (out) -> writeSamples(
                        out,
                        ByteOrder.LITTLE_ENDIAN,
                        encoding.tag == 3,
                        encoding.bits,
                        true,
                        channels,
                        frames,
                        signal));
    }

    /** A WAV whose format chunk names {@code formatTag}, followed by some arbitrary data bytes. */
    static Path wavWithFormatTag(Path file, int formatTag) {
        ByteBuffer header = wavHeader(formatTag, 0, 22050, 1, 4, 1000);
        return write(file, header, 1000, out -> out.write(new byte[1000]));
    }

    static Path aiff(Path file, int bits, int sampleRate, int channels, long frames, Signal signal) {
        int bytes = bits / 8;
        long dataBytes = frames * channels * bytes;
        ByteBuffer header = ByteBuffer.allocate(54).order(ByteOrder.BIG_ENDIAN);
        header.put(ascii("FORM")).putInt((int) (46 + dataBytes)).put(ascii("AIFF"));
        header.put(ascii("COMM"))
                .putInt(18)
                .putShort((short) channels)
                .putInt((int) frames)
                .putShort((short) bits);
        header.put(extended80(sampleRate));
        header.put(ascii("SSND")).putInt((int) (dataBytes + 8)).putInt(0).putInt(0);
        return write(
                file,
                header,
                dataBytes,
                out -> writeSamples(out, ByteOrder.BIG_ENDIAN, false, bits, false, channels, frames, signal));
    }

    private static ByteBuffer wavHeader(
            int tag, int subFormat, int sampleRate, int channels, int bits, long dataBytes) {
        boolean extensible = tag == 0xFFFE;
        int fmtSize = extensible ? 40 : 16;
        int blockAlign = channels * Math.max(1, bits / 8);
        ByteBuffer header = ByteBuffer.allocate(20 + fmtSize + 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) (12 + fmtSize + dataBytes)).put(ascii("WAVE"));
        header.put(ascii("fmt "))
                .putInt(fmtSize)
                .putShort((short) tag)
                .putShort((short) channels)
                .putInt(sampleRate)
                .putInt(sampleRate * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) bits);
        if (extensible) {
            header.putShort((short) 22)
                    .putShort((short) bits)
                    .putInt(0)
                    .putShort((short) subFormat)
                    .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        header.put(ascii("data")).putInt((int) dataBytes);
        return header;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path write(Path file, ByteBuffer header, long dataBytes, Body body) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array(), 0, header.position());
            body.writeTo(out);
            if ((dataBytes & 1) == 1) {
                out.write(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void writeSamples(
            OutputStream out,
            ByteOrder order,
            boolean floating,
            int bits,
            boolean unsigned8,
            int channels,
            long frames,
            Signal signal)
            throws IOException {
        ByteBuffer block =
                ByteBuffer.allocate(BLOCK_FRAMES * channels * bits / 8).order(order);
        for (long frame = 0; frame < frames; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                putSample(block, floating, bits, unsigned8, signal.sample(channel, frame));
            }
            if (!block.hasRemaining() || frame == frames - 1) {
                out.write(block.array(), 0, block.position());
                block.clear();
            }
        }
    }

    private static void putSample(ByteBuffer block, boolean floating, int bits, boolean unsigned8, double value) {
        if (floating) {
            if (bits == 32) {
                block.putFloat((float) value);
            } else {
                block.putDouble(value);
            }
            return;
        }
        double clamped = Math.max(-1.0, Math.min(1.0, value));
        long max = (1L << (bits - 1)) - 1;
        long scaled = Math.round(clamped * max);
        switch (bits) {
            case 8 -> block.put((byte) (unsigned8 ? scaled + 128 : scaled));
            case 16 -> block.putShort((short) scaled);
            case 24 -> {
                int v = (int) scaled;
                if (block.order() == ByteOrder.LITTLE_ENDIAN) {
                    block.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                } else {
                    block.put((byte) (v >> 16)).put((byte) (v >> 8)).put((byte) v);
                }
            }
            default -> block.putInt((int) scaled);
        }
    }

    private static byte[] extended80(int value) {
        int exponent = 16383 + 63 - Long.numberOfLeadingZeros(value);
        long mantissa = (long) value << Long.numberOfLeadingZeros(value);
        return ByteBuffer.allocate(10)
                .putShort((short) exponent)
                .putLong(mantissa)
                .array();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Path resource(String name) {
        try {
            return Path.of(TestAudio.class.getResource("/audio/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
