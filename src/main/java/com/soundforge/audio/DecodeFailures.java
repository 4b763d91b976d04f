package com.soundforge.audio;

import java.io.EOFException;

/** Turns whatever a decoding library throws into an {@link AudioDecodeException}. */
final class DecodeFailures {

    private DecodeFailures() {}

    static AudioDecodeException of(Throwable failure, String codecName) {
        if (failure instanceof AudioDecodeException known) {
            return known;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceInput.FileReadFailure readFailure) {
                return AudioDecodeException.io(readFailure.readError());
            }
        }
        if (failure instanceof EOFException) {
            return AudioDecodeException.corrupt("the " + codecName + " data ends in the middle of a frame", failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return AudioDecodeException.corrupt(
                "the " + codecName + " decoder rejected the data (" + detail + ")", failure);
    }
}
