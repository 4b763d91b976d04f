package com.soundforge.bench;

import com.soundforge.support.SfaPipelineTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * JobRunr on this app's database: enqueue 1,000 short jobs, report the drain time and the enqueue→start latency
 * distribution, next to 100 jobs (the reference, same run). Run with bench/jobs.sh.
 */
@Tag("bench")
@SfaPipelineTest
class JobsBenchmark {

    @Autowired
    JobScheduler scheduler;

    @Test
    void drainAndStartLatency() throws Exception {
        measure(100);
        measure(1000);
    }

    private void measure(int jobs) throws Exception {
        JobsProbe.LATENCIES_MICROS.clear();
        JobsProbe.done = new CountDownLatch(jobs);
        long start = System.nanoTime();
        for (int i = 0; i < jobs; i++) {
            long enqueuedAt = JobsProbe.nowMicros();
            scheduler.<JobsProbe>enqueue(probe -> probe.run(enqueuedAt));
        }
        double enqueueSeconds = (System.nanoTime() - start) / 1e9;
        if (!JobsProbe.done.await(4, TimeUnit.MINUTES)) {
            throw new IllegalStateException("only " + (jobs - JobsProbe.done.getCount()) + " of " + jobs + " ran");
        }
        double drainSeconds = (System.nanoTime() - start) / 1e9;
        List<Long> latencies = new ArrayList<>(JobsProbe.LATENCIES_MICROS);
        Collections.sort(latencies);
        System.out.printf(
                "BENCH jobs %d: enqueued in %.2f s (%.0f/s), drained in %.2f s (%.0f jobs/s); "
                        + "enqueue→start p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                jobs,
                enqueueSeconds,
                jobs / enqueueSeconds,
                drainSeconds,
                jobs / drainSeconds,
                pct(latencies, 0.50),
                pct(latencies, 0.99),
                latencies.getLast() / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1000.0;
    }
}
