package org.enduse.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = EnduseCommand.class.getPackage().getImplementationVersion();
        return new String[] {"enduse " + (v != null ? v : "development") + " (Java " + Runtime.version() + ")"};
    }
}
