package com.soundforge.library;

/** The media type a stored file is served as, by its codec. */
final class MediaTypes {

    private MediaTypes() {}

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
}
