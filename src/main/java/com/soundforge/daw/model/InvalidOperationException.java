package com.soundforge.daw.model;

/** An operation the project refuses, with a reason a user can read; nothing of its batch was applied. */
public class InvalidOperationException extends RuntimeException {

    private final int index;

    public InvalidOperationException(String reason) {
        this(-1, reason);
    }

    public InvalidOperationException(int index, String reason) {
        super(reason);
        this.index = index;
    }

    /** The position of the refused operation in its batch, or -1 when the batch as a whole was refused. */
    public int index() {
        return index;
    }

    public String reason() {
        String message = getMessage();
        return message == null ? "Invalid operation." : message;
    }
}
