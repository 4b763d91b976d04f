package com.soundforge.analysis;

/** Levels in dBFS; null when the audio is digital silence. */
public record Levels(Double peakDbfs, Double rmsDbfs) {}
