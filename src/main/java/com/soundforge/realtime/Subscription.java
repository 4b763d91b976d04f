package com.soundforge.realtime;

/** A live subscription; closing it is idempotent. */
public interface Subscription extends AutoCloseable {

    String topic();

    boolean isOpen();

    @Override
    void close();
}
