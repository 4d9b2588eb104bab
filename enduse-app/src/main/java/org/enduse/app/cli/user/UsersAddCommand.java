package org.enduse.app.cli.user;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.enduse.app.AppServices;
import org.enduse.app.cli.DataOption;
import org.enduse.app.cli.ExitCodes;
import org.enduse.app.cli.UserException;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a user. The password is asked at the terminal, or read from",
        "the first line of standard input with --password-stdin; never give it as an argument."},
        footer = {"", "First admin:  echo \"$PASSWORD\" | enduse users add alice --org \"FPS Defence\" --role admin --password-stdin"})
public final class UsersAddCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Parameters(paramLabel = "USERNAME", description = "2-64 characters: letters, digits, '.', '_', '-', '@'.")
    String username;

    @Option(names = "--org", required = true, paramLabel = "ORG", description = "Organisation, by name or id.")
    String organisation;

    @Option(names = "--create-org", description = "Create the organisation when it does not exist yet (implied for the first user).")
    boolean createOrganisation;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst, reviewer or admin.")
    String role;

    @Option(names = "--name", paramLabel = "TEXT", description = "Display name.")
    String displayName;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        Role r = Role.parse(role);
        AppServices services = AppServices.open(data.dir());
        Accounts accounts = services.accounts();
        boolean first = !accounts.anyUsers();
        if (first && r != Role.ADMIN) throw new UserException("the first user must be an admin (--role admin), who can then add the others");
        Organisation org = organisation(accounts, first);
        char[] password = PasswordInput.read(passwordStdin);
        try {
            User user = accounts.addUser(username, displayName, org.id(), r, password, UsersCommand.actor());
            spec.commandLine().getOut().printf("added %s (%s) to %s%n", user.username(), user.role().label(), org.name());
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    private Organisation organisation(Accounts accounts, boolean first) {
        if (!createOrganisation && !first) return accounts.organisation(organisation);
        return accounts.organisations().stream()
                .filter(o -> o.id().equals(organisation) || o.name().equalsIgnoreCase(organisation.strip()))
                .findFirst().orElseGet(() -> {
                    Organisation created = accounts.createOrganisation(organisation, UsersCommand.actor());
                    spec.commandLine().getOut().printf("created organisation %s (%s)%n", created.name(), created.id());
                    return created;
                });
    }
}
