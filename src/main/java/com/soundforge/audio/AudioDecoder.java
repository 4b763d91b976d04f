package com.soundforge.audio;

import java.nio.file.Path;

/** Opens any supported audio file as a stream of planar float samples. */
public final class AudioDecoder {

    private AudioDecoder() {}

    /**
     * Recognises the file by its content and opens a decoder positioned at the first sample.
     * The caller closes the returned stream.
     */
    public static PcmStream open(Path file) throws AudioDecodeException {
        SniffedFormat format = AudioFormatSniffer.sniff(file);
        return switch (format.type()) {
            case WAV -> InterleavedPcmStream.open(file, WavHeader.read(file));
            case AIFF -> InterleavedPcmStream.open(file, AiffHeader.read(file));
            case FLAC -> FlacPcmStream.open(file);
            case MP3 -> Mp3PcmStream.open(file, format.audioOffset());
            case OGG_VORBIS -> OggVorbisPcmStream.open(file);
        };
    }
}
