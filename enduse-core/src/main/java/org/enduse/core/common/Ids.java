package org.enduse.core.common;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opaque identifiers: a readable prefix and a ULID ("tr_01HZX..."). ULIDs made in this process sort
 * by creation, also within one millisecond (the random part then counts up, as the ULID spec's
 * monotonic mode does), which keeps lists stable: a report's candidates stay in the report's order.
 */
public final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LOW_40_BITS = (1L << 40) - 1;

    private static long lastMillis = -1;
    private static long randomHigh, randomLow;

    private Ids() {}

    public static String next(String prefix) {
        return prefix + "_" + ulid(Clock.systemUTC().millis());
    }

    static synchronized String ulid(long millis) {
        if (millis > lastMillis) {
            lastMillis = millis;
            randomHigh = RANDOM.nextLong() & LOW_40_BITS;
            randomLow = RANDOM.nextLong() & LOW_40_BITS;
        } else if (++randomLow > LOW_40_BITS) {
            // A clock step back, or the same millisecond: count on from the last id so order holds.
            randomLow = 0;
            if (++randomHigh > LOW_40_BITS) {
                lastMillis++;
                randomHigh = RANDOM.nextLong() & LOW_40_BITS;
                randomLow = RANDOM.nextLong() & LOW_40_BITS;
            }
        }
        char[] out = new char[26];
        encode(out, 0, 10, lastMillis);
        encode(out, 10, 8, randomHigh);
        encode(out, 18, 8, randomLow);
        return new String(out);
    }

    private static void encode(char[] out, int from, int length, long value) {
        for (int i = from + length - 1; i >= from; i--) {
            out[i] = CROCKFORD[(int) (value & 31)];
            value >>>= 5;
        }
    }
}
