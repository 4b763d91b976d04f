package com.soundforge.pipeline;

public class JobAccessDeniedException extends RuntimeException {

    public JobAccessDeniedException() {
        super("This job belongs to another user.");
    }
}
