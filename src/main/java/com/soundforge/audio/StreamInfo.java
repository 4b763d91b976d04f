package com.soundforge.audio;

/**
 * What a decoder knows about a stream before decoding it.
 *
 * @param codec          lowercase id: "wav", "aiff", "flac", "mp3" or "ogg-vorbis"
 * @param codecDetail    human-readable encoding, e.g. "PCM 24-bit" or "MPEG-1 Layer III 320 kbps"
 * @param declaredFrames frame count promised by the header, or -1 when the format does not declare one
 */
public record StreamInfo(String codec, String codecDetail, int sampleRateHz, int channels, long declaredFrames) {}
