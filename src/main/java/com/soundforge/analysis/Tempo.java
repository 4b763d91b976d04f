package com.soundforge.analysis;

/**
 * Global tempo and beat grid.
 *
 * @param bpm        global tempo, rounded to two decimals
 * @param confidence 0..1
 * @param beats      beat times in seconds from the start of the audio
 * @param downbeats  the beats that start a bar (4/4), a subset of {@code beats}
 * @param steady     false when the tempo drifts or changes (the grid is then the beat tracker's, not a fixed one)
 */
public record Tempo(double bpm, double confidence, double[] beats, double[] downbeats, boolean steady) {}
