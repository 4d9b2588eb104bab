package org.enduse.app.cli.user;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.enduse.app.AppServices;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.ExitCodes;
import org.enduse.app.cli.UserException;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a user. The password is asked at the terminal, or read from",
        "the first line of standard input with --password-stdin; never give it as an argument."},
        footer = {"", "Examples:", "  echo \"$PASSWORD\" | enduse users add alice --org \"FPS Defence\" --role admin --password-stdin   # the first admin",
                "  enduse users add bob --org \"FPS Defence\" --role analyst --name \"Bob Peeters\"   # asks for the password"})
public final class UsersAddCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

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
        AppServices services = AppServices.of(Contexts.open(spec));
        Accounts accounts = services.accounts();
        boolean first = !accounts.anyUsers();
        if (first && r != Role.ADMIN) throw new UserException("the first user must be an admin (--role admin), who can then add the others");
        boolean mayCreate = createOrganisation || first;
        Organisation existing = existing(accounts, mayCreate);
        char[] password = PasswordInput.read(passwordStdin);
        try {
            String actor = UsersCommand.actor();
            User user = existing != null
                    ? accounts.addUser(username, displayName, existing.id(), r, password, actor)
                    : accounts.addUserToNewOrganisation(organisation, username, displayName, r, password, actor);
            var out = spec.commandLine().getOut();
            String orgName = accounts.organisation(user.organisationId()).name();
            if (existing == null) out.printf("created organisation %s (%s)%n", orgName, user.organisationId());
            out.printf("added %s (%s) to %s%n", user.username(), user.role().label(), orgName);
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    /** The named organisation, or null when it is to be created with the user. */
    private Organisation existing(Accounts accounts, boolean mayCreate) {
        if (!mayCreate) return accounts.organisation(organisation);
        return accounts.organisations().stream()
                .filter(o -> o.id().equals(organisation) || o.name().equalsIgnoreCase(organisation.strip()))
                .findFirst().orElse(null);
    }
}
