package com.soundforge.library;

/** The track exists but belongs to someone else. */
public class TrackAccessDeniedException extends RuntimeException {

    public TrackAccessDeniedException() {
        super("This track belongs to another user.");
    }
}
