package com.soundforge.security;

import java.time.Duration;

/**
 * A leaky count of failures: {@code max} fit in the budget, which drains at {@code max} per {@code window}. Once
 * full, the key is refused until there is room for one more failure again. Thread-safe.
 */
final class FailureBudget {

    private final double max;
    private final double drainPerNano;
    private double level;
    private long last;

    FailureBudget(int max, Duration window, long nowNanos) {
        this.max = Math.max(1, max);
        this.drainPerNano = this.max / Math.max(1, window.toNanos());
        this.last = nowNanos;
    }

    synchronized void fail(long nowNanos) {
        drain(nowNanos);
        level += 1;
    }

    /** Nanoseconds until a further attempt is allowed; 0 when it is now. */
    synchronized long waitNanos(long nowNanos) {
        drain(nowNanos);
        double over = level + 1 - max;
        return over <= 0 ? 0 : (long) Math.ceil(over / drainPerNano);
    }

    synchronized boolean empty(long nowNanos) {
        drain(nowNanos);
        return level <= 0;
    }

    private void drain(long nowNanos) {
        level = Math.max(0, level - (nowNanos - last) * drainPerNano);
        last = nowNanos;
    }
}
