package org.enduse.core.account;

import java.time.Instant;
import java.util.Optional;

/** Where signed-in sessions are kept, by the sha256 of their id. */
public interface SessionRepository {
    void add(LoginSession session);

    Optional<LoginSession> find(String idSha256);

    void touch(String idSha256, Instant lastSeenAt);

    void remove(String idSha256);

    /** Drops sessions that can no longer be used; returns how many. */
    int removeDeadBefore(Instant idleHorizon, Instant absoluteHorizon);
}
