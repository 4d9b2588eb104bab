package org.enduse.core.account;

/** A token just issued: the stored part and the secret, which the user sees this once. */
public record IssuedToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[" + token.id() + "]"; // never the secret, even in a log line
    }
}
