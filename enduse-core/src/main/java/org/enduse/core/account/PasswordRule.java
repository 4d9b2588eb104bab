package org.enduse.core.account;

import org.enduse.core.common.InvalidInputException;

/**
 * What a new password must be: long enough to resist guessing, short enough that hashing it is
 * not a denial of service, and not the username. Length counts characters, not bytes.
 */
public final class PasswordRule {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1024;

    private PasswordRule() {}

    public static void check(char[] password, String username) {
        if (password == null || password.length == 0) throw InvalidInputException.field("password", "is required");
        String p = new String(password);
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) throw InvalidInputException.field("password", "must be at least " + MIN_LENGTH + " characters (it has " + length + ")");
        if (length > MAX_LENGTH) throw InvalidInputException.field("password", "must be at most " + MAX_LENGTH + " characters");
        if (p.strip().equalsIgnoreCase(username)) throw InvalidInputException.field("password", "must not be the username");
    }
}
