package org.enduse.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after too many failed sign-ins within a window, further attempts for
 * that account, or from that address, are refused until the oldest failure leaves the window. The
 * account limit stops a slow attack on one user from many addresses; the address limit stops one
 * address from trying many users. Checked before the password is verified, so a blocked attempt
 * costs no hashing. Kept in memory: a restart forgets, which is acceptable for a limiter.
 */
public final class LoginThrottle {
    public record Limits(int perAccount, int perAddress, Duration window) {
        public Limits {
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15));
    /** Beyond this many tracked keys, expired ones are dropped; past it again the oldest map is reset. */
    private static final int MAX_KEYS = 100_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> accounts = new HashMap<>();
    private final Map<String, ArrayDeque<Instant>> addresses = new HashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the caller must wait, or empty when an attempt may go ahead. */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration a = wait(accounts, key(username), limits.perAccount(), now);
        Duration b = wait(addresses, address, limits.perAddress(), now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(accounts, key(username), now);
        record(addresses, address, now);
    }

    /** A correct password clears the account's failures; the address keeps its count. */
    public synchronized void succeeded(String username) {
        accounts.remove(key(username));
    }

    private Duration wait(Map<String, ArrayDeque<Instant>> map, String key, int limit, Instant now) {
        ArrayDeque<Instant> failures = map.get(key);
        if (failures == null) return Duration.ZERO;
        prune(failures, now);
        if (failures.isEmpty()) {
            map.remove(key);
            return Duration.ZERO;
        }
        if (failures.size() < limit) return Duration.ZERO;
        // Blocked until enough failures age out to drop below the limit.
        Instant freedAt = failures.stream().skip(failures.size() - limit).findFirst().orElseThrow().plus(limits.window());
        Duration d = Duration.between(now, freedAt);
        return d.isNegative() || d.isZero() ? Duration.ofSeconds(1) : d;
    }

    private void record(Map<String, ArrayDeque<Instant>> map, String key, Instant now) {
        if (map.size() >= MAX_KEYS && !map.containsKey(key)) {
            map.values().removeIf(q -> {
                prune(q, now);
                return q.isEmpty();
            });
            if (map.size() >= MAX_KEYS) map.clear();
        }
        ArrayDeque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(failures, now);
        failures.addLast(now);
        // Older failures beyond what can block are of no use; keep the deque small.
        while (failures.size() > Math.max(limits.perAccount(), limits.perAddress())) failures.removeFirst();
    }

    private void prune(ArrayDeque<Instant> failures, Instant now) {
        Instant horizon = now.minus(limits.window());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) failures.removeFirst();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
