package com.soundforge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle's design, on a clock the test moves. */
class LoginThrottleTest {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final LoginThrottleProperties limits = new LoginThrottleProperties(
            3,
            Duration.ofSeconds(2),
            Duration.ofMinutes(1),
            Duration.ofMinutes(15),
            30,
            Duration.ofMinutes(10),
            100,
            Duration.ofHours(1),
            Duration.ofDays(30),
            30,
            Duration.ofMinutes(1));
    final LoginThrottle throttle = new LoginThrottle(limits, nanos::get);

    @Test
    void aPairGetsAFewFreeTriesThenWaitsLongerAfterEachFailureUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("alice", "10.0.0.9")).isEmpty();
            throttle.failed("alice", "10.0.0.9");
        }
        assertThat(throttle.refusal("alice", "10.0.0.9")).isEmpty();
        throttle.failed("alice", "10.0.0.9");
        assertThat(throttle.refusal("ALICE", "10.0.0.9"))
                .as("names ignore case")
                .contains(Duration.ofSeconds(2));

        long[] expected = {4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            advance(throttle.refusal("alice", "10.0.0.9").orElseThrow());
            throttle.failed("alice", "10.0.0.9");
            assertThat(throttle.refusal("alice", "10.0.0.9")).contains(Duration.ofSeconds(seconds));
        }
        assertThat(throttle.refusal("alice", "10.0.0.1"))
                .as("the owner elsewhere is not affected")
                .isEmpty();
    }

    @Test
    void aSuccessfulSignInOrAQuietPeriodForgetsThePairsFailures() {
        fail("bob", "10.0.0.9", 5);
        advance(throttle.refusal("bob", "10.0.0.9").orElseThrow());
        throttle.succeeded("bob", "10.0.0.9");
        throttle.failed("bob", "10.0.0.9");
        assertThat(throttle.refusal("bob", "10.0.0.9")).isEmpty();

        fail("carol", "10.0.0.9", 5);
        advance(Duration.ofMinutes(16));
        throttle.failed("carol", "10.0.0.9");
        assertThat(throttle.refusal("carol", "10.0.0.9")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsRunsOutOfItsBudget() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.refusal("user" + i, "10.6.6.6")).isEmpty();
            throttle.failed("user" + i, "10.6.6.6");
        }
        assertThat(throttle.refusal("someone-new", "10.6.6.6"))
                .get()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(21)));
        assertThat(throttle.refusal("someone-new", "10.0.0.1")).isEmpty();
        advance(Duration.ofSeconds(21));
        assertThat(throttle.refusal("someone-new", "10.6.6.6"))
                .as("the budget refills")
                .isEmpty();
    }

    @Test
    void manyAddressesGuessingOneAccountCannotLockItsOwnerOutOfAnAddressTheyUsedBefore() {
        throttle.succeeded("dave", "192.168.1.20");
        for (int i = 0; i < 100; i++) {
            throttle.failed("dave", "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.refusal("dave", "10.9.9.9"))
                .as("a new address is refused")
                .isPresent();
        assertThat(throttle.refusal("dave", "192.168.1.20"))
                .as("the owner's known address")
                .isEmpty();

        advance(Duration.ofDays(31));
        fail("dave", "10.2.0.1", 1);
        assertThat(throttle.refusal("dave", "10.9.9.9")).isEmpty();
    }

    @Test
    void unknownApiKeysHaveABudgetPerAddress() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.apiKeyRefusal("10.0.0.7")).isEmpty();
            throttle.apiKeyFailed("10.0.0.7");
        }
        assertThat(throttle.apiKeyRefusal("10.0.0.7"))
                .get()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2)));
        assertThat(throttle.apiKeyRefusal("10.0.0.8")).isEmpty();
    }

    @Test
    void idleStateIsForgotten() {
        fail("erin", "10.0.0.9", 5);
        throttle.apiKeyFailed("10.0.0.9");
        advance(Duration.ofHours(2));
        throttle.forgetIdle();
        assertThat(throttle.refusal("erin", "10.0.0.9")).isEmpty();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    private void advance(Duration time) {
        nanos.addAndGet(time.toNanos());
    }
}
