package com.soundforge.pipeline;

class JobCancelledException extends RuntimeException {

    JobCancelledException() {
        super("Cancelled by the user.", null, false, false);
    }
}
