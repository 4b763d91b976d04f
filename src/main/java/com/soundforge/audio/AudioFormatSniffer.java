package com.soundforge.audio;

import java.io.IOException;
import java.nio.file.Path;

/** Recognises an audio file by its content, never by its name. */
public final class AudioFormatSniffer {

    private static final int HEAD_BYTES = 512;
    private static final int MPEG_SEARCH_BYTES = 64 * 1024;
    private static final int FRAMES_TO_CONFIRM = 3;
    private static final int MAX_FRAME_BYTES = 2881;

    private AudioFormatSniffer() {}

    /**
     * @throws AudioDecodeException EMPTY, NOT_AUDIO or UNSUPPORTED_CODEC (with the codec's name); CORRUPT
     *                              when the file starts like a supported format but its header is broken
     */
    public static SniffedFormat sniff(Path file) throws AudioDecodeException {
        byte[] head;
        try (FileBytes bytes = FileBytes.open(file)) {
            head = bytes.readUpTo(0, HEAD_BYTES);
            if (bytes.size() == 0) {
                throw AudioDecodeException.empty();
            }
            if (startsWith(head, 0, "ID3")) {
                return sniffAfterId3(bytes, head);
            }
        } catch (IOException e) {
            throw AudioDecodeException.io(e);
        }
        return sniffHead(file, head);
    }

    private static SniffedFormat sniffHead(Path file, byte[] head) throws AudioDecodeException {
        if ((startsWith(head, 0, "RIFF") || startsWith(head, 0, "RF64")) && startsWith(head, 8, "WAVE")) {
            WavHeader.read(file);
            return new SniffedFormat(AudioFileType.WAV, 0);
        }
        if (startsWith(head, 0, "FORM") && (startsWith(head, 8, "AIFF") || startsWith(head, 8, "AIFC"))) {
            AiffHeader.read(file);
            return new SniffedFormat(AudioFileType.AIFF, 0);
        }
        if (startsWith(head, 0, "fLaC")) {
            return new SniffedFormat(AudioFileType.FLAC, 0);
        }
        if (OggCodecs.isOgg(head)) {
            String unsupported = OggCodecs.unsupportedCodec(head);
            if (unsupported != null) {
                throw AudioDecodeException.unsupported(unsupported);
            }
            return new SniffedFormat(AudioFileType.OGG_VORBIS, 0);
        }
        AudioDecodeException rejection = KnownSignatures.rejectionFor(head);
        if (rejection != null) {
            throw rejection;
        }
        long mpeg = findMpegFrames(file, 0);
        if (mpeg >= 0) {
            return new SniffedFormat(AudioFileType.MP3, mpeg);
        }
        throw AudioDecodeException.notAudio(KnownSignatures.describeUnknown(head));
    }

    private static SniffedFormat sniffAfterId3(FileBytes bytes, byte[] head) throws IOException, AudioDecodeException {
        long position = 0;
        byte[] tag = head;
        while (startsWith(tag, 0, "ID3") && tag.length >= 10) {
            position += id3Length(tag);
            tag = bytes.readUpTo(position, 10);
        }
        byte[] after = bytes.readUpTo(position, 4);
        if (startsWith(after, 0, "fLaC")) {
            return new SniffedFormat(AudioFileType.FLAC, 0);
        }
        if (KnownSignatures.isAdtsAac(after, 0)) {
            throw AudioDecodeException.unsupported("AAC (ADTS)");
        }
        long mpeg = findMpegFrames(bytes, position);
        if (mpeg < 0) {
            throw AudioDecodeException.corrupt("the file has an ID3 tag but no MP3 audio frames after it");
        }
        return new SniffedFormat(AudioFileType.MP3, mpeg);
    }

    private static long id3Length(byte[] header) {
        int size = ((header[6] & 0x7F) << 21)
                | ((header[7] & 0x7F) << 14)
                | ((header[8] & 0x7F) << 7)
                | (header[9] & 0x7F);
        boolean footer = (header[5] & 0x10) != 0;
        return 10L + size + (footer ? 10 : 0);
    }

    private static long findMpegFrames(Path file, long from) throws AudioDecodeException {
        try (FileBytes bytes = FileBytes.open(file)) {
            return findMpegFrames(bytes, from);
        } catch (IOException e) {
            throw AudioDecodeException.io(e);
        }
    }

    /** Offset of the first of several consecutive MPEG frames near {@code from}, or -1. */
    private static long findMpegFrames(FileBytes bytes, long from) throws IOException {
        byte[] window = bytes.readUpTo(from, MPEG_SEARCH_BYTES + MAX_FRAME_BYTES * FRAMES_TO_CONFIRM);
        boolean windowReachesEnd = from + window.length >= bytes.size();
        int searchEnd = Math.min(window.length, MPEG_SEARCH_BYTES);
        for (int start = 0; start < searchEnd; start++) {
            if ((window[start] & 0xFF) == 0xFF && confirmsFrames(window, start, windowReachesEnd)) {
                return from + start;
            }
        }
        return -1;
    }

    private static boolean confirmsFrames(byte[] window, int start, boolean windowReachesEnd) {
        Mp3FrameHeader first = Mp3FrameHeader.parse(window, start);
        if (first == null) {
            return false;
        }
        int position = start;
        Mp3FrameHeader header = first;
        for (int confirmed = 1; confirmed < FRAMES_TO_CONFIRM; confirmed++) {
            position += header.frameLength();
            if (windowReachesEnd && position >= window.length) {
                return true;
            }
            Mp3FrameHeader next = Mp3FrameHeader.parse(window, position);
            if (next == null || !first.continuesWith(next)) {
                return false;
            }
            header = next;
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (bytes.length < at + prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[at + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
