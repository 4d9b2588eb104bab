package org.enduse.core.intake;

import java.time.Duration;

/**
 * How much intake is willing to read and wait for. Hostile input is expected, so every read is
 * bounded: bytes per document, time per HTTP hop, number of redirects, and which addresses may be
 * contacted at all (private, loopback and link-local ones only when explicitly allowed, so a report
 * URL cannot make us probe the local network).
 */
public record IntakeLimits(long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                           boolean allowPrivateAddresses, String userAgent) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final String USER_AGENT = "enduse/0.1 (end-use monitoring report reader; +https://github.com/enduse)";

    public IntakeLimits {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        if (connectTimeout == null || readTimeout == null) throw new IllegalArgumentException("timeouts are required");
        if (userAgent == null || userAgent.isBlank()) userAgent = USER_AGENT;
    }

    public static IntakeLimits defaults() {
        return new IntakeLimits(DEFAULT_MAX_BYTES, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, false, USER_AGENT);
    }

    public IntakeLimits withAllowPrivateAddresses(boolean allow) {
        return new IntakeLimits(maxBytes, connectTimeout, readTimeout, maxRedirects, allow, userAgent);
    }

    public IntakeLimits withMaxBytes(long bytes) {
        return new IntakeLimits(bytes, connectTimeout, readTimeout, maxRedirects, allowPrivateAddresses, userAgent);
    }

    public IntakeLimits withTimeouts(Duration connect, Duration read) {
        return new IntakeLimits(maxBytes, connect, read, maxRedirects, allowPrivateAddresses, userAgent);
    }
}
