package org.enduse.core.intake;

/**
 * One document that could not be read. The message names the problem in plain words; the
 * source (path or URL as given) is kept apart so a run can report it and go on.
 */
public final class IntakeException extends RuntimeException {
    private final IntakeFailure failure;

    public IntakeException(IntakeFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public IntakeException(IntakeFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public IntakeFailure failure() {
        return failure;
    }
}
