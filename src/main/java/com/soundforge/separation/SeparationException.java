package com.soundforge.separation;

/** A separation that cannot succeed (undecodable audio, engine missing, engine failed); the message says why. */
public class SeparationException extends Exception {

    private final boolean permanent;

    public SeparationException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public SeparationException(String message, boolean permanent) {
        this(message, permanent, null);
    }

    /** True when trying again cannot help (bad input, missing tool). */
    public boolean permanent() {
        return permanent;
    }
}
