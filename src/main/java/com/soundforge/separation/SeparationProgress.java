package com.soundforge.separation;

/** Progress of one separation; implementations may throw an unchecked exception to cancel it. */
@FunctionalInterface
public interface SeparationProgress {

    void fraction(double done);
}
