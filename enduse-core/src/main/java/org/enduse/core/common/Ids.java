package org.enduse.core.common;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opaque identifiers: a readable prefix and a ULID ("tr_01HZX..."). The ULID part sorts by
 * creation time, which keeps lists stable and indexes compact.
 */
public final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String next(String prefix) {
        return prefix + "_" + ulid(Clock.systemUTC().millis());
    }

    static String ulid(long millis) {
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long hi = 0, lo = 0;
        for (int i = 0; i < 5; i++) hi = (hi << 8) | (random[i] & 0xff);
        for (int i = 5; i < 10; i++) lo = (lo << 8) | (random[i] & 0xff);
        for (int i = 17; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = CROCKFORD[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
