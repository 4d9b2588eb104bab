package org.enduse.core.account;

/** The user is known and may see the record, but their role or organisation may not do this to it. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
