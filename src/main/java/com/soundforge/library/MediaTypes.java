package com.soundforge.library;

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

    static String extensionForCodec(String codec) {
        return switch (codec) {
            case "ogg-vorbis" -> "ogg";
            case "wav", "aiff", "flac", "mp3" -> codec;
            default -> "bin";
        };
    }
}
