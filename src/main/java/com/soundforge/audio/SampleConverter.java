package com.soundforge.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Converts interleaved stored samples into planar floats clamped to [-1, 1]. */
final class SampleConverter {

    private static final float INT_SCALE = 1f / 2147483648f;

    private SampleConverter() {}

    static void toPlanar(ByteBuffer src, SampleFormat format, int channels, int frames, float[][] planar) {
        int bytes = format.bytes();
        int position = 0;
        for (int frame = 0; frame < frames; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                planar[channel][frame] = sample(src, position, format, bytes);
                position += bytes;
            }
        }
    }

    private static float sample(ByteBuffer src, int at, SampleFormat format, int bytes) {
        return switch (format.encoding()) {
            case UNSIGNED_INT -> ((src.get(at) & 0xFF) - 128) / 128f;
            case SIGNED_INT ->
                switch (bytes) {
                    case 1 -> src.get(at) / 128f;
                    case 2 -> src.getShort(at) / 32768f;
                    case 3 -> int24(src, at) * INT_SCALE;
                    default -> src.getInt(at) * INT_SCALE;
                };
            case FLOAT -> clamp(bytes == 4 ? src.getFloat(at) : (float) src.getDouble(at));
        };
    }

    private static int int24(ByteBuffer src, int at) {
        int b0 = src.get(at) & 0xFF;
        int b1 = src.get(at + 1) & 0xFF;
        int b2 = src.get(at + 2) & 0xFF;
        return src.order() == ByteOrder.LITTLE_ENDIAN
                ? (b2 << 24) | (b1 << 16) | (b0 << 8)
                : (b0 << 24) | (b1 << 16) | (b2 << 8);
    }

    static float clamp(float value) {
        if (value != value) {
            return 0f;
        }
        return value > 1f ? 1f : Math.max(value, -1f);
    }
}
