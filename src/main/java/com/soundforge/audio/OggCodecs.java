package com.soundforge.audio;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Names the codec of an Ogg file from the first packet of its first page. */
final class OggCodecs {

    private OggCodecs() {}

    static boolean isOgg(byte[] head) {
        return startsWith(head, 0, "OggS");
    }

    /** Returns null for Vorbis, otherwise a name for the unsupported codec. */
    static @Nullable String unsupportedCodec(byte[] head) throws AudioDecodeException {
        if (head.length < 27) {
            throw AudioDecodeException.corrupt("the first Ogg page is incomplete");
        }
        int segments = head[26] & 0xFF;
        int packet = 27 + segments;
        if (startsWith(head, packet, "\u0001vorbis")) {
            return null;
        }
        if (startsWith(head, packet, "OpusHead")) {
            return "Ogg Opus";
        }
        if (startsWith(head, packet, "\u007FFLAC") || startsWith(head, packet, "fLaC")) {
            return "Ogg FLAC";
        }
        if (startsWith(head, packet, "Speex   ")) {
            return "Ogg Speex";
        }
        if (startsWith(head, packet, "\u0080theora")) {
            return "Ogg Theora (video)";
        }
        if (head.length < packet + 8) {
            throw AudioDecodeException.corrupt("the first Ogg page is incomplete");
        }
        return "Ogg (unknown codec)";
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= at + expected.length
                && Arrays.equals(bytes, at, at + expected.length, expected, 0, expected.length);
    }
}
