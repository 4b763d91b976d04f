package com.soundforge.realtime;

/** Thrown by a listener whose screen or connection no longer exists; the broadcaster then drops the subscription. */
public class SubscriberGoneException extends RuntimeException {

    public SubscriberGoneException(String message) {
        super(message, null, false, false);
    }
}
