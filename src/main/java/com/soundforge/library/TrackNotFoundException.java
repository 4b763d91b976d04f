package com.soundforge.library;

public class TrackNotFoundException extends RuntimeException {

    public TrackNotFoundException() {
        super("No such track.");
    }
}
