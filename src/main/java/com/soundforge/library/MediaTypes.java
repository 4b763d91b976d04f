package com.soundforge.library;

import com.soundforge.audio.StreamInfo;

final class MediaTypes {

    private MediaTypes() {
    }

    static String forCodec(String codec) {
        return switch (codec) {
            case "wav" -> "audio/wav";
            case "aiff" -> "audio/aiff";
            case "flac" -> "audio/flac";
            case "mp3" -> "audio/mpeg";
            case "ogg-vorbis" -> "audio/ogg";
            default -> "application/octet-stream";
        };
    }

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
