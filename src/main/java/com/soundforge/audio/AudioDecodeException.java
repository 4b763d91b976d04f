package com.soundforge.audio;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.jspecify.annotations.Nullable;

/** A file that cannot be decoded, with a message meant for the person who supplied it. */
public class AudioDecodeException extends Exception {

    public static final String SUPPORTED = "Supported: WAV, AIFF, FLAC, MP3, Ogg Vorbis.";

    public enum Reason {
        EMPTY,
        NOT_AUDIO,
        UNSUPPORTED_CODEC,
        CORRUPT,
        IO
    }

    private final Reason reason;

    public AudioDecodeException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public AudioDecodeException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    static AudioDecodeException empty() {
        return new AudioDecodeException(Reason.EMPTY, "The file is empty.");
    }

    static AudioDecodeException notAudio(@Nullable String looksLike) {
        String what = looksLike == null ? "unrecognised content" : looksLike;
        return new AudioDecodeException(Reason.NOT_AUDIO, "This file is not audio (it looks like " + what + ").");
    }

    static AudioDecodeException unsupported(String codec) {
        return new AudioDecodeException(Reason.UNSUPPORTED_CODEC, "Unsupported codec: " + codec + ". " + SUPPORTED);
    }

    static AudioDecodeException corrupt(String detail) {
        return corrupt(detail, null);
    }

    static AudioDecodeException corrupt(String detail, @Nullable Throwable cause) {
        return new AudioDecodeException(
                Reason.CORRUPT, "The audio data is truncated or corrupt: " + detail + ".", cause);
    }

    static AudioDecodeException truncated(long expectedFrames, long actualFrames) {
        return corrupt("expected " + expectedFrames + " frames, got " + actualFrames);
    }

    /** The message names the kind of failure, never the file: its path is the server's business (the cause keeps it). */
    static AudioDecodeException io(IOException cause) {
        String reason = cause instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : cause.getClass().getSimpleName();
        return new AudioDecodeException(Reason.IO, "The file could not be read (" + reason + ").", cause);
    }
}
