package org.enduse.app.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.enduse.core.account.Secrets;

/**
 * Who a bearer token or session cookie belongs to, remembered for {@link #FOR_NANOS}: looking it up
 * takes two queries, about a tenth of the CPU time of a request under load (docs/benchmarks.md),
 * while a client sends many requests a second with the same credential. Everything is forgotten
 * whenever this server changes an account (the {@link AuditTracker} says so: a sign-out, a disabled
 * user, a revoked token), so such a change applies to the next request; only a change made by
 * another process (the command line, a second server) waits for the entry to expire. Refusals are
 * not remembered, so a new token works at once. Keys are the credential's SHA-256, never the secret.
 */
final class CallerCache {
    /** How long a looked-up caller is used without asking the database again; docs/security.md states it. */
    static final long FOR_NANOS = 1_000_000_000L;
    /** More distinct credentials than this within a second is no client we serve: start again rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long until, long generation) {}

    private final Map<String, Entry> byCredential = new ConcurrentHashMap<>();
    /** Bumped on every account change; an entry looked up under an older value is not used. */
    private final AtomicLong generation = new AtomicLong();

    /**
     * The caller for a credential of a kind ("bearer", "cookie"), from memory when looked up less
     * than {@link #FOR_NANOS} ago and no account changed since; otherwise from {@code lookup},
     * which answers null or {@link Caller#ANONYMOUS} for a credential that does not sign anyone in.
     */
    Caller get(String kind, String secret, Supplier<Caller> lookup) {
        String key = kind + ":" + Secrets.sha256(secret);
        long now = System.nanoTime();
        // Read before the lookup: an account change during it leaves the new entry already stale.
        long current = generation.get();
        Entry cached = byCredential.get(key);
        if (cached != null && cached.generation() == current && now - cached.until() < 0 && live(cached.caller())) return cached.caller();
        Caller caller = lookup.get();
        if (caller == null || !caller.signedIn()) {
            byCredential.remove(key);
            return caller;
        }
        if (byCredential.size() >= MAX_ENTRIES) byCredential.clear();
        byCredential.put(key, new Entry(caller, now + FOR_NANOS, current));
        return caller;
    }

    /** Forgets every caller: an account, token or session changed. */
    void forgetAll() {
        generation.incrementAndGet();
        byCredential.clear();
    }

    /** A browser session may end by time while remembered; a token's expiry is checked at the next lookup. */
    private static boolean live(Caller caller) {
        return caller.session() == null || caller.session().liveAt(Instant.now());
    }
}
