package com.soundforge.bench;

import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.springframework.stereotype.Component;

/**
 * The "short job" of the jobs benchmark: records how long it waited between enqueue and start. A bean (found by
 * the application's component scan in test runs), because JobRunr resolves job targets through Spring.
 */
@Component
public class JobsProbe {

    static final ConcurrentLinkedQueue<Long> LATENCIES_MICROS = new ConcurrentLinkedQueue<>();
    static volatile CountDownLatch done = new CountDownLatch(0);

    public void run(long enqueuedAtEpochMicros) {
        LATENCIES_MICROS.add(nowMicros() - enqueuedAtEpochMicros);
        done.countDown();
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
