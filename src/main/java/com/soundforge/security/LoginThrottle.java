package com.soundforge.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing an attacker a way to lock the real user out:
 * <ul>
 * <li>per account+address pair, a few failures are free, then each one makes that pair wait, growing from seconds
 * to at most a minute (by default): guessing from one address drops to about one try a minute, while the real user,
 * at another address, never notices;</li>
 * <li>per address, a budget of failures over all accounts (one address trying many accounts);</li>
 * <li>per account, a looser budget over all addresses (many addresses guessing one account); addresses that signed
 * in to the account successfully before are exempt, so a distributed attack cannot lock its owner out.</li>
 * </ul>
 * Unknown or revoked API keys have a budget per address. Only failures count; a refused attempt is not checked at
 * all (so it neither counts nor can succeed). State is in memory, per node, and forgotten when idle.
 */
@Component
public class LoginThrottle implements DisposableBean {

    static final int MAX_TRACKED = 100_000;
    private static final int MAX_NAME = 100;

    private final LoginThrottleProperties limits;
    private final LongSupplier nanoClock;
    private final Map<String, PairBackoff> pairs = new ConcurrentHashMap<>();
    private final Map<String, FailureBudget> addresses = new ConcurrentHashMap<>();
    private final Map<String, FailureBudget> accounts = new ConcurrentHashMap<>();
    private final Map<String, FailureBudget> apiKeyAddresses = new ConcurrentHashMap<>();
    private final Map<String, Long> knownAddresses = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sfa-login-throttle").factory());

    @Autowired
    LoginThrottle(LoginThrottleProperties limits) {
        this(limits, System::nanoTime);
        sweeper.scheduleWithFixedDelay(this::forgetIdle, 1, 1, TimeUnit.MINUTES);
    }

    LoginThrottle(LoginThrottleProperties limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    /** How long this sign-in attempt must wait before it is even checked; empty when it may go ahead. */
    public Optional<Duration> refusal(String username, String address) {
        long now = nanoClock.getAsLong();
        String account = account(username);
        long wait = waitOf(pairs.get(pair(account, address)), now);
        if (!known(account, address, now)) {
            wait = Math.max(wait, waitOf(addresses.get(address), now));
            wait = Math.max(wait, waitOf(accounts.get(account), now));
        }
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    public void failed(String username, String address) {
        long now = nanoClock.getAsLong();
        String account = account(username);
        bounded(pairs)
                .computeIfAbsent(pair(account, address), k -> new PairBackoff(limits))
                .fail(now);
        bounded(addresses)
                .computeIfAbsent(
                        address, k -> new FailureBudget(limits.addressMaxFailures(), limits.addressWindow(), now))
                .fail(now);
        bounded(accounts)
                .computeIfAbsent(
                        account, k -> new FailureBudget(limits.accountMaxFailures(), limits.accountWindow(), now))
                .fail(now);
    }

    /** The pair's failures are forgotten and the address becomes known for the account. */
    public void succeeded(String username, String address) {
        long now = nanoClock.getAsLong();
        String account = account(username);
        pairs.remove(pair(account, address));
        if (knownAddresses.size() < MAX_TRACKED) {
            knownAddresses.put(pair(account, address), now);
        }
    }

    public Optional<Duration> apiKeyRefusal(String address) {
        long wait = waitOf(apiKeyAddresses.get(address), nanoClock.getAsLong());
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    public void apiKeyFailed(String address) {
        long now = nanoClock.getAsLong();
        bounded(apiKeyAddresses)
                .computeIfAbsent(
                        address, k -> new FailureBudget(limits.apiKeyMaxFailures(), limits.apiKeyWindow(), now))
                .fail(now);
    }

    private boolean known(String account, String address, long now) {
        Long since = knownAddresses.get(pair(account, address));
        return since != null && now - since < limits.knownAddressMemory().toNanos();
    }

    private static long waitOf(PairBackoff backoff, long now) {
        return backoff == null ? 0 : backoff.waitNanos(now);
    }

    private static long waitOf(FailureBudget budget, long now) {
        return budget == null ? 0 : budget.waitNanos(now);
    }

    /** Names match without regard to case, as sign-in does; overlong input is cut so it cannot bloat memory. */
    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String pair(String account, String address) {
        return account + "\n" + address;
    }

    /** A flood of distinct keys first loses what is idle, then (in the worst case) all failure state of its kind. */
    private <V> Map<String, V> bounded(Map<String, V> map) {
        if (map.size() >= MAX_TRACKED) {
            forgetIdle();
            if (map.size() >= MAX_TRACKED) {
                map.clear();
            }
        }
        return map;
    }

    void forgetIdle() {
        long now = nanoClock.getAsLong();
        pairs.values().removeIf(p -> p.stale(now));
        addresses.values().removeIf(b -> b.empty(now));
        accounts.values().removeIf(b -> b.empty(now));
        apiKeyAddresses.values().removeIf(b -> b.empty(now));
        knownAddresses
                .values()
                .removeIf(since -> now - since >= limits.knownAddressMemory().toNanos());
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }
}
