package com.soundforge.library.imports;

import com.soundforge.audio.StreamInfo;

/** How an imported file is kept: its extension, and whether browsers can play it as it is. */
final class StoredFormat {

    private StoredFormat() {}

    /** Whether Chromium, Firefox and Safari can all play the file as stored. */
    static boolean browserPlayable(StreamInfo info) {
        return switch (info.codec()) {
            case "mp3", "flac", "ogg-vorbis" -> true;
            case "wav" -> !info.codecDetail().contains("64-bit") && info.channels() <= 2;
            default -> false;
        };
    }

    static String extensionForCodec(String codec) {
        return switch (codec) {
            case "ogg-vorbis" -> "ogg";
            case "wav", "aiff", "flac", "mp3" -> codec;
            default -> "bin";
        };
    }
}
