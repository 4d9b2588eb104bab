package org.enduse.core.intake;

import java.time.Instant;

/**
 * Bytes as they arrived, before any decoding.
 *
 * @param source      the path or URL as the user gave it
 * @param location    where the bytes really came from: the file path, or the URL after redirects
 * @param bytes       the original bytes (bounded by {@link IntakeLimits#maxBytes()})
 * @param contentType the HTTP Content-Type header, or null for files and stdin
 * @param retrieved   when the bytes were read
 */
public record RawDocument(String source, String location, byte[] bytes, String contentType, Instant retrieved) {
    public RawDocument {
        if (source == null || location == null || bytes == null || retrieved == null) {
            throw new IllegalArgumentException("source, location, bytes and retrieved are required");
        }
    }
}
