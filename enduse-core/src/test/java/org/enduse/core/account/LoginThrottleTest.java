package org.enduse.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2023-05-22T10:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void accountIsBlockedAfterTheLimitUntilTheOldestFailureAgesOut() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.retryAfter("alice", "10.0.0." + i)).isEmpty();
            throttle.failed("alice", "10.0.0." + i);
            clock.now = clock.now.plusSeconds(60);
        }
        // Three failures at 10:00, 10:01, 10:02; now 10:03: free again at 10:15.
        assertThat(throttle.retryAfter("ALICE", "10.9.9.9")).contains(Duration.ofMinutes(12));
        assertThat(throttle.retryAfter("bob", "10.9.9.9")).isEmpty();
        clock.now = Instant.parse("2023-05-22T10:15:00Z");
        assertThat(throttle.retryAfter("alice", "10.9.9.9")).isEmpty();
    }

    @Test
    void addressIsBlockedAcrossUsernames() {
        for (int i = 0; i < 5; i++) throttle.failed("user" + i, "192.0.2.7");
        assertThat(throttle.retryAfter("someone-else", "192.0.2.7")).isPresent();
        assertThat(throttle.retryAfter("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        throttle.failed("alice", "192.0.2.7");
        throttle.failed("alice", "192.0.2.7");
        throttle.succeeded("alice");
        throttle.failed("alice", "192.0.2.7");
        throttle.failed("alice", "192.0.2.7");
        assertThat(throttle.retryAfter("alice", "192.0.2.8")).isEmpty();
        throttle.failed("bob", "192.0.2.7");
        assertThat(throttle.retryAfter("carol", "192.0.2.7")).isPresent();
    }
}
