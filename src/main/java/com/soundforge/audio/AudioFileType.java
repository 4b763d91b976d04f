package com.soundforge.audio;

/** The file types this package decodes. */
public enum AudioFileType {
    WAV("wav", "wav"),
    AIFF("aiff", "aiff"),
    FLAC("flac", "flac"),
    MP3("mp3", "mp3"),
    OGG_VORBIS("ogg-vorbis", "ogg");

    private final String codecId;
    private final String extension;

    AudioFileType(String codecId, String extension) {
        this.codecId = codecId;
        this.extension = extension;
    }

    /** The id used in {@link StreamInfo#codec()}. */
    public String codecId() {
        return codecId;
    }

    static AudioFileType ofCodecId(String codecId) {
        for (AudioFileType type : values()) {
            if (type.codecId.equals(codecId)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown codec id: " + codecId);
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
