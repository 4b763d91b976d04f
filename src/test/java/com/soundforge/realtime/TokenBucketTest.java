package com.soundforge.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstPassesAtOnceAndTheNextMessageWaitsForTheRefill() {
        TokenBucket bucket = new TokenBucket(50, 200, 0);

        for (int i = 0; i < 200; i++) {
            assertThat(bucket.tryTake(0)).as("message %d", i).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.tryTake(SECOND / 50)).isTrue();
        assertThat(bucket.tryTake(SECOND / 50)).isFalse();
    }

    @Test
    void aSteadyRateAtTheLimitNeverRunsDry() {
        TokenBucket bucket = new TokenBucket(50, 200, 0);

        for (int i = 1; i <= 10_000; i++) {
            assertThat(bucket.tryTake(i * SECOND / 50)).isTrue();
        }
    }

    @Test
    void idleTimeRefillsNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(50, 200, 0);

        int passed = 0;
        while (bucket.tryTake(3600 * SECOND)) {
            passed++;
        }
        assertThat(passed).isEqualTo(200);
    }
}
