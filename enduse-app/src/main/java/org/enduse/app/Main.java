package org.enduse.app;

import org.enduse.app.cli.EnduseCommand;

/** Entry point of the runnable jar: runs the CLI and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(EnduseCommand.run(args));
    }
}
