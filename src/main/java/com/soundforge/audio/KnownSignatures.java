package com.soundforge.audio;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Recognises common non-audio files and audio formats we do not decode, to say what a rejected file is. */
final class KnownSignatures {

    private record Signature(int offset, byte[] magic, String description, boolean audio) {
        Signature(int offset, String magic, String description, boolean audio) {
            this(offset, magic.getBytes(StandardCharsets.ISO_8859_1), description, audio);
        }

        boolean matches(byte[] head) {
            if (head.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (head[offset + i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(4, "ftyp", "MP4/M4A (AAC)", true),
            new Signature(0, "\u001AE\u00DF\u00A3", "Matroska/WebM", true),
            new Signature(0, "0&\u00B2u\u008Ef\u00CF\u0011", "Windows Media Audio (ASF)", true),
            new Signature(0, "caff", "Apple Core Audio (CAF)", true),
            new Signature(0, "wvpk", "WavPack", true),
            new Signature(0, "MAC ", "Monkey's Audio", true),
            new Signature(0, "#!AMR", "AMR", true),
            new Signature(0, ".snd", "Sun/NeXT audio (AU)", true),
            new Signature(0, "DSD ", "DSD (DSF)", true),
            new Signature(0, "FRM8", "DSDIFF", true),
            new Signature(0, "RIFX", "big-endian WAV (RIFX)", true),
            new Signature(8, "8SVX", "IFF 8SVX", true),
            new Signature(0, "\u0089PNG", "a PNG image", false),
            new Signature(0, "\u00FF\u00D8\u00FF", "a JPEG image", false),
            new Signature(0, "GIF8", "a GIF image", false),
            new Signature(8, "WEBP", "a WebP image", false),
            new Signature(8, "AVI ", "an AVI video", false),
            new Signature(0, "%PDF", "a PDF document", false),
            new Signature(0, "PK\u0003\u0004", "a ZIP archive", false),
            new Signature(0, "\u001F\u008B", "a gzip archive", false),
            new Signature(0, "Rar!", "a RAR archive", false),
            new Signature(0, "7z\u00BC\u00AF", "a 7-Zip archive", false),
            new Signature(0, "\u007FELF", "a program", false),
            new Signature(0, "MZ", "a Windows program", false),
            new Signature(0, "MThd", "a MIDI file (notes, not recorded sound)", false));

    private KnownSignatures() {}

    static @Nullable AudioDecodeException rejectionFor(byte[] head) {
        for (Signature signature : SIGNATURES) {
            if (signature.matches(head)) {
                return signature.audio
                        ? AudioDecodeException.unsupported(signature.description)
                        : AudioDecodeException.notAudio(signature.description);
            }
        }
        if (isAdtsAac(head, 0)) {
            return AudioDecodeException.unsupported("AAC (ADTS)");
        }
        return null;
    }

    static boolean isAdtsAac(byte[] bytes, int at) {
        return bytes.length >= at + 2 && (bytes[at] & 0xFF) == 0xFF && (bytes[at + 1] & 0xF6) == 0xF0;
    }

    static @Nullable String describeUnknown(byte[] head) {
        return looksLikeText(head) ? "text" : null;
    }

    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
            if (control || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
