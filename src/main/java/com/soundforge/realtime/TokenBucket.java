package com.soundforge.realtime;

/** A rate limit: {@code burst} at once, refilled at {@code perSecond}. Thread-safe. */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public TokenBucket(double perSecond, double burst, long nowNanos) {
        this.capacity = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    public boolean tryTake(long nowNanos) {
        return take(nowNanos) == 0;
    }

    /** Takes a token; returns 0 when one was available, else the nanoseconds until one will be. */
    public synchronized long take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }
}
