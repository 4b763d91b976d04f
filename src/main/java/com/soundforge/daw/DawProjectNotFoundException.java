package com.soundforge.daw;

/** The project does not exist, or the user may not see it (the two are not told apart). */
public class DawProjectNotFoundException extends RuntimeException {

    public DawProjectNotFoundException() {
        super("No such project.");
    }
}
