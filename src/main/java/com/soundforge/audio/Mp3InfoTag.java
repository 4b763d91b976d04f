package com.soundforge.audio;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The Xing/Info header that encoders put in an otherwise silent first frame, with LAME's extension giving
 * encoder delay and padding, so the decoded length can match the original exactly.
 *
 * @param frameCount     number of audio frames after this one, or -1
 * @param encoderDelay   samples the encoder prepended, or -1
 * @param encoderPadding samples the encoder appended, or -1
 */
record Mp3InfoTag(boolean variableBitrate, long frameCount, int encoderDelay, int encoderPadding) {

    /** Samples every MP3 decoder adds in front of the signal (the synthesis filterbank delay). */
    static final int DECODER_DELAY = 529;

    /** Reads the tag from the first frame's bytes, or returns null if that frame carries none. */
    static @Nullable Mp3InfoTag parse(byte[] frame, Mp3FrameHeader header) {
        if (header.layer() != 3) {
            return null;
        }
        int at = header.sideInfoEnd();
        String id = ascii(frame, at, 4);
        if (!"Xing".equals(id) && !"Info".equals(id)) {
            return null;
        }
        int flags = int32(frame, at + 4);
        int position = at + 8;
        long frames = -1;
        if ((flags & 1) != 0) {
            frames = Integer.toUnsignedLong(int32(frame, position));
            position += 4;
        }
        position += ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        int delay = -1;
        int padding = -1;
        String encoder = ascii(frame, position, 4);
        if (position + 24 <= frame.length && ("LAME".equals(encoder) || encoder.startsWith("Lav"))) {
            int b0 = frame[position + 21] & 0xFF;
            int b1 = frame[position + 22] & 0xFF;
            int b2 = frame[position + 23] & 0xFF;
            delay = (b0 << 4) | (b1 >>> 4);
            padding = ((b1 & 0x0F) << 8) | b2;
        }
        return new Mp3InfoTag("Xing".equals(id), frames, delay, padding);
    }

    boolean knowsGaplessLength() {
        return frameCount >= 0 && encoderDelay >= 0 && encoderPadding >= 0;
    }

    private static String ascii(byte[] bytes, int at, int length) {
        return at + length <= bytes.length ? new String(bytes, at, length, StandardCharsets.ISO_8859_1) : "";
    }

    private static int int32(byte[] bytes, int at) {
        if (at + 4 > bytes.length) {
            return 0;
        }
        return ((bytes[at] & 0xFF) << 24)
                | ((bytes[at + 1] & 0xFF) << 16)
                | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }
}
