package com.soundforge.daw.model;

import java.util.UUID;

/** An audio track (a lane of clips) with its fader, pan, mute and solo; tracks are shown by ascending order. */
public record DawTrack(
        UUID id, String name, String color, double volumeDb, double pan, boolean mute, boolean solo, double order) {}
