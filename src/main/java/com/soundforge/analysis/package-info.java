/**
 * Audio analysis of a track: for now levels (sample peak and RMS); tempo, beats, key, loudness (EBU R128),
 * spectral features and auto-cue come with the analysis engine. Analyzers are plain Java with one lifecycle:
 * start → process blocks → finish.
 */
package com.soundforge.analysis;
