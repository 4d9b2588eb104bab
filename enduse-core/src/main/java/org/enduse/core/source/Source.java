package org.enduse.core.source;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * A document that evidence rests on: a URL or a file path, its title and outlet, language
 * (ISO 639-1), when it was published and retrieved, and the sha256 of the original bytes, which
 * proves later that the text we quote is the text we read.
 */
public record Source(String id, String location, String title, String outlet, String language,
                     Instant published, Instant retrieved, String sha256) {
    public Source {
        id = Checks.required("source id", id);
        location = Checks.required("source location", location);
        title = Checks.optional(title);
        outlet = Checks.optional(outlet);
        language = Checks.optional(language);
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!language.matches("[a-z]{2}")) throw InvalidInputException.field("language", "'" + language + "' is not an ISO 639-1 code");
        }
        sha256 = Checks.optional(sha256);
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(Locale.ROOT);
            if (!sha256.matches("[0-9a-f]{64}")) throw InvalidInputException.field("sha256", "must be 64 hexadecimal digits");
        }
    }

    /** The sha256 of the given bytes, as lower-case hex. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
