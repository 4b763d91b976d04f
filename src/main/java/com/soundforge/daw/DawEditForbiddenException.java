package com.soundforge.daw;

/** A viewer of a shared project tried to change it. */
public class DawEditForbiddenException extends RuntimeException {

    public DawEditForbiddenException() {
        super("You can view this project but not change it.");
    }
}
