package com.soundforge.security;

/**
 * One account+address pair's failed sign-ins: a few are free, then each failure makes the pair wait, twice as long
 * as the last time, up to a maximum. Failures are forgotten after a quiet period or a successful sign-in.
 * Thread-safe.
 */
final class PairBackoff {

    private final LoginThrottleProperties limits;
    private int failures;
    private long lastFailure;
    private long lockedUntil;

    PairBackoff(LoginThrottleProperties limits) {
        this.limits = limits;
    }

    synchronized void fail(long nowNanos) {
        forgetIfQuiet(nowNanos);
        failures++;
        lastFailure = nowNanos;
        int over = failures - limits.freeFailures();
        if (over > 0) {
            long delay = limits.firstDelay().toNanos() << Math.min(30, over - 1);
            lockedUntil = nowNanos + Math.min(limits.maxDelay().toNanos(), delay < 0 ? Long.MAX_VALUE : delay);
        }
    }

    synchronized long waitNanos(long nowNanos) {
        forgetIfQuiet(nowNanos);
        return failures > limits.freeFailures() ? Math.max(0, lockedUntil - nowNanos) : 0;
    }

    synchronized boolean stale(long nowNanos) {
        forgetIfQuiet(nowNanos);
        return failures == 0;
    }

    private void forgetIfQuiet(long nowNanos) {
        if (failures > 0 && nowNanos - lastFailure > limits.forgetAfter().toNanos() && nowNanos - lockedUntil > 0) {
            failures = 0;
        }
    }
}
