package org.enduse.core.account;

import java.time.Duration;
import java.time.Instant;
import org.enduse.core.common.Checks;

/**
 * A signed-in browser. The cookie carries a random id; only its sha256 is stored, so reading the
 * database does not let anyone take over a session. The CSRF token is sent back by the page on
 * every change and must match.
 */
public record LoginSession(String idSha256, String userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    /** A session ends after this long without use. */
    public static final Duration IDLE = Duration.ofHours(2);
    /** And after this long in any case. */
    public static final Duration ABSOLUTE = Duration.ofHours(12);

    public LoginSession {
        idSha256 = Checks.required("session", idSha256);
        userId = Checks.required("session user", userId);
        csrfToken = Checks.required("csrf token", csrfToken);
        Checks.required("session start", createdAt);
        Checks.required("session last use", lastSeenAt);
    }

    public boolean liveAt(Instant now) {
        return now.isBefore(createdAt.plus(ABSOLUTE)) && now.isBefore(lastSeenAt.plus(IDLE));
    }
}
