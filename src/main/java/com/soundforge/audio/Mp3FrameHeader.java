package com.soundforge.audio;

import org.jspecify.annotations.Nullable;

/** The four-byte header in front of every MPEG audio frame. */
record Mp3FrameHeader(
        int version,
        int layer,
        int bitrateKbps,
        int sampleRate,
        boolean padding,
        int channelMode,
        boolean crcProtected) {

    static final int MPEG_1 = 1;
    static final int MPEG_2 = 2;
    static final int MPEG_2_5 = 25;

    private static final int[][] BITRATES = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}
    };
    private static final int[] MPEG1_RATES = {44100, 48000, 32000};

    /** Parses the header starting at {@code at}, or returns null if those bytes are not a usable header. */
    static @Nullable Mp3FrameHeader parse(byte[] bytes, int at) {
        if (at < 0 || at + 4 > bytes.length) {
            return null;
        }
        int h = ((bytes[at] & 0xFF) << 24)
                | ((bytes[at + 1] & 0xFF) << 16)
                | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
        int versionBits = (h >>> 19) & 3;
        int layerBits = (h >>> 17) & 3;
        int bitrateIndex = (h >>> 12) & 15;
        int rateIndex = (h >>> 10) & 3;
        if ((h & 0xFFE00000) != 0xFFE00000
                || versionBits == 1
                || layerBits == 0
                || bitrateIndex == 0
                || bitrateIndex == 15
                || rateIndex == 3) {
            return null;
        }
        int version = versionBits == 3 ? MPEG_1 : versionBits == 2 ? MPEG_2 : MPEG_2_5;
        int layer = 4 - layerBits;
        int table = version == MPEG_1 ? layer - 1 : (layer == 1 ? 3 : 4);
        int divisor = version == MPEG_1 ? 1 : version == MPEG_2 ? 2 : 4;
        return new Mp3FrameHeader(
                version,
                layer,
                BITRATES[table][bitrateIndex],
                MPEG1_RATES[rateIndex] / divisor,
                ((h >>> 9) & 1) == 1,
                (h >>> 6) & 3,
                ((h >>> 16) & 1) == 0);
    }

    int frameLength() {
        int pad = padding ? 1 : 0;
        if (layer == 1) {
            return (12 * bitrateKbps * 1000 / sampleRate + pad) * 4;
        }
        int factor = layer == 3 && version != MPEG_1 ? 72 : 144;
        return factor * bitrateKbps * 1000 / sampleRate + pad;
    }

    int samplesPerFrame() {
        return layer == 1 ? 384 : (layer == 3 && version != MPEG_1 ? 576 : 1152);
    }

    int channels() {
        return channelMode == 3 ? 1 : 2;
    }

    /** Offset from the frame start to the end of the Layer III side information. */
    int sideInfoEnd() {
        boolean mono = channels() == 1;
        int sideInfo = version == MPEG_1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        return 4 + (crcProtected ? 2 : 0) + sideInfo;
    }

    boolean continuesWith(@Nullable Mp3FrameHeader next) {
        return next != null && next.version == version && next.layer == layer && next.sampleRate == sampleRate;
    }

    String describe(boolean variableBitrate) {
        String versionName = version == MPEG_1 ? "MPEG-1" : version == MPEG_2 ? "MPEG-2" : "MPEG-2.5";
        String layerName = layer == 1 ? "I" : layer == 2 ? "II" : "III";
        return versionName + " Layer " + layerName + (variableBitrate ? " VBR" : " " + bitrateKbps + " kbps");
    }
}
