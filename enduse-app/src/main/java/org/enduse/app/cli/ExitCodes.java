package org.enduse.app.cli;

/** The exit codes every command keeps to; scripts rely on them. */
public final class ExitCodes {
    /** Done; nothing the user asked to fail on was found. */
    public static final int OK = 0;
    /** A finding the user asked to fail on (e.g. --fail-on potential_violation). */
    public static final int FINDING = 1;
    /** Bad usage or bad input: the message says what to fix. */
    public static final int BAD_INPUT = 2;
    /** A fault of ours: the message points to the log. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
