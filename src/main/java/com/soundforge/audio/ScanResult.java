package com.soundforge.audio;

import java.util.List;

/**
 * Everything one decoding pass learns about a file.
 *
 * @param totalFrames   frames actually decoded
 * @param peakAmplitude largest absolute sample value, 0..1
 */
public record ScanResult(
        StreamInfo info,
        long totalFrames,
        long durationMs,
        Tags tags,
        List<WaveformLevel> waveform,
        float peakAmplitude) {}
