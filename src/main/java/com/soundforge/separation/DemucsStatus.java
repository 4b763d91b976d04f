package com.soundforge.separation;

/** Whether the Demucs command line can be used here, and if not, why. */
public record DemucsStatus(boolean available, String command, String explanation) {}
