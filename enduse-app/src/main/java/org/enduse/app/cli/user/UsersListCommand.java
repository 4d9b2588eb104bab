package org.enduse.app.cli.user;

import java.util.List;
import java.util.concurrent.Callable;
import org.enduse.app.AppServices;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.ExitCodes;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List users, by organisation.",
        footer = {"", "Examples:", "  enduse users list", "  enduse users list --org \"FPS Defence\""})
public final class UsersListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--org", paramLabel = "ORG", description = "Only this organisation (name or id).")
    String organisation;

    @Override
    public Integer call() {
        Accounts accounts = AppServices.of(Contexts.open(spec)).accounts();
        List<Organisation> orgs = organisation == null ? accounts.organisations() : List.of(accounts.organisation(organisation));
        var out = spec.commandLine().getOut();
        out.printf("%-24s %-9s %-9s %-30s %s%n", "USERNAME", "ROLE", "STATUS", "ORGANISATION", "NAME");
        for (Organisation o : orgs) {
            for (User u : accounts.users(o.id())) {
                out.printf("%-24s %-9s %-9s %-30s %s%n", u.username(), u.role().label(), u.enabled() ? "active" : "disabled",
                        o.name(), u.displayName() == null ? "" : u.displayName());
            }
        }
        return ExitCodes.OK;
    }
}
