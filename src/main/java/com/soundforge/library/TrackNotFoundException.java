package com.soundforge.library;

public class TrackNotFoundException extends RuntimeException {

    public TrackNotFoundException() {
        super("No such track.");
    }

    /** For a missing part of a track (a stem, an analysis) with a message saying which. */
    public TrackNotFoundException(String message) {
        super(message);
    }
}
