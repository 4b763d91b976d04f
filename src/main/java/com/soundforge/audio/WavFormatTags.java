package com.soundforge.audio;

import java.util.Map;

/** Names of WAV format tags, for telling a user which codec a file uses. */
final class WavFormatTags {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0002, "Microsoft ADPCM"),
            Map.entry(0x0006, "A-law"),
            Map.entry(0x0007, "\u00b5-law"),
            Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0022, "TrueSpeech"),
            Map.entry(0x0031, "GSM 6.10"),
            Map.entry(0x0050, "MPEG audio"),
            Map.entry(0x0055, "MPEG Layer III"),
            Map.entry(0x0092, "Dolby AC-3"),
            Map.entry(0x00FF, "AAC"),
            Map.entry(0x0160, "Windows Media Audio"),
            Map.entry(0x0161, "Windows Media Audio"),
            Map.entry(0x1610, "AAC"),
            Map.entry(0x2000, "Dolby AC-3"),
            Map.entry(0xF1AC, "FLAC"));

    private WavFormatTags() {}

    static String name(int tag) {
        return NAMES.getOrDefault(tag, "unknown codec");
    }
}
