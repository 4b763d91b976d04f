package com.soundforge.daw.streams;

/** A source's waveform at its own rate: {@code peaks} is base64 of interleaved min/max signed bytes. */
public record SourcePeaks(int framesPerPeak, int sampleRate, String peaks) {}
