package com.soundforge.bench;

import com.soundforge.support.SfaPipelineTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * JobRunr on this app's database: enqueue 1,000 short jobs, report the drain time and the enqueue→start latency
 * distribution, next to a 100-job run (the reference, same run). Run with bench/jobs.sh.
 */
@Tag("bench")
@SfaPipelineTest
@Import(JobsBenchmark.Probe.class)
class JobsBenchmark {

    @TestConfiguration
    static class Probe {

        static final ConcurrentLinkedQueue<Long> LATENCIES_MICROS = new ConcurrentLinkedQueue<>();
        static volatile CountDownLatch done = new CountDownLatch(0);

        public void run(long enqueuedAtEpochMicros) {
            Instant now = Instant.now();
            long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
            LATENCIES_MICROS.add(nowMicros - enqueuedAtEpochMicros);
            done.countDown();
        }
    }

    @Autowired
    JobScheduler scheduler;

    @Test
    void drainAndStartLatency() throws Exception {
        measure(100);
        measure(1000);
    }

    private void measure(int jobs) throws Exception {
        Probe.LATENCIES_MICROS.clear();
        Probe.done = new CountDownLatch(jobs);
        long start = System.nanoTime();
        for (int i = 0; i < jobs; i++) {
            Instant now = Instant.now();
            long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
            scheduler.<Probe>enqueue(probe -> probe.run(micros));
        }
        double enqueueSeconds = (System.nanoTime() - start) / 1e9;
        if (!Probe.done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("jobs did not drain");
        }
        double drainSeconds = (System.nanoTime() - start) / 1e9;
        List<Long> latencies = new ArrayList<>(Probe.LATENCIES_MICROS);
        Collections.sort(latencies);
        System.out.printf("BENCH jobs %d: enqueue %.2f s (%.0f/s), drained in %.2f s (%.0f jobs/s); "
                        + "enqueue→start p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", jobs, enqueueSeconds,
                jobs / enqueueSeconds, drainSeconds, jobs / drainSeconds, pct(latencies, 0.50), pct(latencies, 0.99),
                latencies.getLast() / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1000.0;
    }
}
