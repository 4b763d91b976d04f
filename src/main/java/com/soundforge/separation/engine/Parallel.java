package com.soundforge.separation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/** Splits an index range into one slice per worker; the calling thread runs the first slice itself. */
final class Parallel {

    interface RangeTask {
        void run(int from, int to);
    }

    /** Null: every slice runs on the calling thread. */
    private final @Nullable ExecutorService executor;

    private final int workers;

    Parallel(@Nullable ExecutorService executor, int workers) {
        this.executor = executor;
        this.workers = Math.max(1, workers);
    }

    int workers() {
        return workers;
    }

    void forRange(int count, RangeTask task) {
        int slices = Math.min(workers, Math.max(1, count));
        if (slices == 1 || executor == null) {
            task.run(0, count);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(slices - 1);
        for (int s = 1; s < slices; s++) {
            int from = (int) ((long) count * s / slices);
            int to = (int) ((long) count * (s + 1) / slices);
            futures.add(executor.submit(() -> task.run(from, to)));
        }
        task.run(0, (int) ((long) count / slices));
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
