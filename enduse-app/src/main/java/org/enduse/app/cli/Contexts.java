package org.enduse.app.cli;

import org.enduse.app.AppContext;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the application for a command, from the root command's --data option. */
public final class Contexts {
    private Contexts() {}

    public static AppContext open(CommandSpec spec) {
        var root = (EnduseCommand) spec.root().userObject();
        return AppContext.open(AppContext.dataDir(root.dataDirOption(), System.getenv()));
    }
}
