package com.soundforge.audio;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jspecify.annotations.Nullable;

/** Reads title, artist and album with jaudiotagger; never fails, falling back to the file name. */
public final class TagReader {

    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    static {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
    }

    private TagReader() {}

    /** Reads the tags of a file whose type is not yet known. */
    public static Tags read(Path file, @Nullable String originalFileName) {
        try {
            return read(file, originalFileName, AudioFormatSniffer.sniff(file).type());
        } catch (AudioDecodeException e) {
            return FileNameTags.parse(nameOf(file, originalFileName));
        }
    }

    /**
     * Reads the tags with the reader for {@code type}, whatever the file's extension.
     *
     * @param originalFileName the name the user gave the file; null to use the stored file's name
     */
    public static Tags read(Path file, @Nullable String originalFileName, AudioFileType type) {
        Tags fromName = FileNameTags.parse(nameOf(file, originalFileName));
        Tag tag;
        try {
            tag = AudioFileIO.readAs(file.toFile(), type.extension()).getTag();
        } catch (Exception | LinkageError e) {
            return fromName;
        }
        if (tag == null) {
            return fromName;
        }
        String title = field(tag, FieldKey.TITLE);
        String artist = field(tag, FieldKey.ARTIST);
        String album = field(tag, FieldKey.ALBUM);
        return new Tags(title != null ? title : fromName.title(), artist != null ? artist : fromName.artist(), album);
    }

    private static @Nullable String field(Tag tag, FieldKey key) {
        try {
            return TagText.clean(tag.getFirst(key));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String nameOf(Path file, @Nullable String originalFileName) {
        if (originalFileName != null && !originalFileName.isBlank()) {
            return originalFileName;
        }
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }
}
