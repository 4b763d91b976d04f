package com.soundforge.library;

/** Waveform peaks at one zoom level: interleaved min/max pairs as signed bytes (-127..127). */
public record Waveform(int framesPerPeak, int peakCount, byte[] peaks) {}
