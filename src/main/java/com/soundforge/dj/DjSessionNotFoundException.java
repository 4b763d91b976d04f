package com.soundforge.dj;

/** No such session, or not one the caller may see (the two are not told apart). */
public class DjSessionNotFoundException extends RuntimeException {

    public DjSessionNotFoundException() {
        super("There is no such DJ session.");
    }
}
