package org.enduse.app.cli;

/** A problem the user can fix that is not about a record's fields: a missing file, an unknown id. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
