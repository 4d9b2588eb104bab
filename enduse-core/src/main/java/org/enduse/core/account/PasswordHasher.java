package org.enduse.core.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded base64). The parameters travel
 * inside each hash, so raising them later still verifies old hashes; {@link #needsRehash} tells when
 * a stored hash should be replaced at the next successful sign-in. docs/security.md states why these
 * parameters were chosen.
 */
public final class PasswordHasher {
    /** Memory in KiB, iterations and lanes. */
    public record Params(int memoryKiB, int iterations, int parallelism) {
        public Params {
            // Bounds also apply to parameters read from a stored hash, so a tampered row cannot
            // make a sign-in allocate gigabytes or spin for minutes.
            if (memoryKiB < 8 * parallelism || memoryKiB > 1 << 20) throw new IllegalArgumentException("memory out of range: " + memoryKiB);
            if (iterations < 1 || iterations > 20) throw new IllegalArgumentException("iterations out of range: " + iterations);
            if (parallelism < 1 || parallelism > 8) throw new IllegalArgumentException("parallelism out of range: " + parallelism);
        }
    }

    /** OWASP's Argon2id minimum (19 MiB, 2 passes, 1 lane): about a tenth of a second here. */
    public static final Params DEFAULT = new Params(19_456, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Params params;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(Params params) {
        this.params = params;
    }

    public PasswordHasher() {
        this(DEFAULT);
    }

    /** A new hash with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, params, HASH_BYTES);
        return "$argon2id$v=19$m=" + params.memoryKiB + ",t=" + params.iterations + ",p=" + params.parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /**
     * Whether the password matches the stored hash, compared in constant time. A malformed stored
     * hash never matches (and never throws: it may come from a damaged or hostile database).
     */
    public boolean verify(char[] password, String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        if (m == null || !m.matches()) return false;
        try {
            Params p = new Params(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            byte[] salt = B64D.decode(m.group(4));
            byte[] expected = B64D.decode(m.group(5));
            return MessageDigest.isEqual(expected, derive(password, salt, p, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same work as a real verification; used when the user does not exist, so timing tells nothing. */
    public void verifyNothing(char[] password) {
        derive(password, new byte[SALT_BYTES], params, HASH_BYTES);
    }

    /** True when the stored hash was made with other parameters than the current ones. */
    public boolean needsRehash(String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        return m == null || !m.matches() || Integer.parseInt(m.group(1)) != params.memoryKiB
                || Integer.parseInt(m.group(2)) != params.iterations || Integer.parseInt(m.group(3)) != params.parallelism;
    }

    private static byte[] derive(char[] password, byte[] salt, Params p, int length) {
        Argon2Parameters a = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB).withIterations(p.iterations).withParallelism(p.parallelism)
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(a);
        byte[] out = new byte[length];
        // Encoded without an intermediate String, so the caller can wipe the only copy of the password.
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        generator.generateBytes(bytes, out);
        Arrays.fill(bytes, (byte) 0);
        return out;
    }
}
