package com.soundforge.audio;

/**
 * Where and how uncompressed samples lie in a WAV or AIFF file.
 *
 * @param dataBytes      length of the sample data, or -1 when the header leaves it open (read to end of file)
 * @param declaredFrames frame count the header promises, or -1
 */
record PcmLayout(StreamInfo info, SampleFormat sampleFormat, long dataOffset, long dataBytes, long declaredFrames) {

    int blockAlign() {
        return sampleFormat.bytes() * info.channels();
    }
}
