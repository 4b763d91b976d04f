package com.soundforge.audio;

/**
 * One zoom level of a waveform overview.
 *
 * @param framesPerPeak how many audio frames each peak summarises (the last peak may cover fewer)
 * @param peaks         {@code 2 * peakCount} signed bytes: min, max, min, max, ... scaled to -127..127
 */
public record WaveformLevel(int framesPerPeak, int peakCount, byte[] peaks) {

    public byte min(int peak) {
        return peaks[2 * peak];
    }

    public byte max(int peak) {
        return peaks[2 * peak + 1];
    }
}
