package com.soundforge.realtime;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Passes on at most one value per interval: the first value at once (leading edge) and the latest value of a
 * burst when the interval ends (trailing edge), so the last value is never lost. {@link #flush()} sends a
 * pending value immediately, e.g. when the work that produced it is done.
 */
public final class Throttle<T> {

    private final long intervalNanos;
    private final Consumer<T> sink;
    private final ScheduledExecutorService scheduler;
    private T pending;
    private boolean hasPending;
    private long lastEmitNanos;
    private boolean everEmitted;
    private ScheduledFuture<?> trailing;

    public Throttle(Duration interval, Consumer<T> sink, ScheduledExecutorService scheduler) {
        this.intervalNanos = interval.toNanos();
        this.sink = sink;
        this.scheduler = scheduler;
    }

    public void offer(T value) {
        T emitNow = null;
        synchronized (this) {
            long now = System.nanoTime();
            if (trailing == null && (!everEmitted || now - lastEmitNanos >= intervalNanos)) {
                markEmitted(now);
                emitNow = value;
            } else {
                pending = value;
                hasPending = true;
                if (trailing == null) {
                    long delay = Math.max(0, lastEmitNanos + intervalNanos - now);
                    trailing = scheduler.schedule(this::emitTrailing, delay, TimeUnit.NANOSECONDS);
                }
            }
        }
        if (emitNow != null) {
            sink.accept(emitNow);
        }
    }

    public void flush() {
        T value;
        synchronized (this) {
            if (trailing != null) {
                trailing.cancel(false);
                trailing = null;
            }
            if (!hasPending) {
                return;
            }
            value = takePending();
        }
        sink.accept(value);
    }

    private void emitTrailing() {
        T value;
        synchronized (this) {
            trailing = null;
            if (!hasPending) {
                return;
            }
            value = takePending();
        }
        sink.accept(value);
    }

    private T takePending() {
        T value = pending;
        pending = null;
        hasPending = false;
        markEmitted(System.nanoTime());
        return value;
    }

    private void markEmitted(long now) {
        lastEmitNanos = now;
        everEmitted = true;
    }
}
