package com.soundforge.pipeline;

public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException() {
        super("No such job.");
    }
}
