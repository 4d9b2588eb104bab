package org.enduse.app.cli.user;

import picocli.CommandLine.Command;

/** enduse users add|list|disable|token */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage users, their organisations and API tokens.",
                "The first user made is an admin, and their organisation is created with them."},
        subcommands = {UsersAddCommand.class, UsersListCommand.class, UsersDisableCommand.class, UsersTokenCommand.class},
        footer = {"", "Examples:", "  echo \"$PASSWORD\" | enduse users add alice --org \"FPS Defence\" --role admin --password-stdin",
                "  enduse users list", "  enduse users token alice --name \"nightly import\""})
public final class UsersCommand {
    /** Who the audit log names for changes made from the command line. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
