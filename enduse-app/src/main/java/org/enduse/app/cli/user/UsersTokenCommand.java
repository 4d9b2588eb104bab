package org.enduse.app.cli.user;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.enduse.app.AppServices;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.ExitCodes;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.IssuedToken;
import org.enduse.core.common.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", mixinStandardHelpOptions = true, description = {"Issue an API token for a user and print it once.",
        "Scripts send it as 'Authorization: Bearer <token>'; it acts with the user's role."},
        footer = {"", "Examples:", "  enduse users token alice --name \"nightly import\" --days 90"})
public final class UsersTokenCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "USERNAME")
    String username;

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "What the token is for, e.g. 'nightly import'.")
    String name;

    @Option(names = "--days", paramLabel = "N", description = "Expire after N days (default: never).")
    Integer days;

    @Override
    public Integer call() {
        if (days != null && (days < 1 || days > 3650)) throw InvalidInputException.field("--days", "must be between 1 and 3650");
        Accounts accounts = AppServices.of(Contexts.open(spec)).accounts();
        Instant expires = days == null ? null : Instant.now().plus(Duration.ofDays(days));
        IssuedToken t = accounts.issueToken(accounts.userNamed(username).id(), name, expires, UsersCommand.actor());
        var out = spec.commandLine().getOut();
        out.println(t.secret());
        spec.commandLine().getErr().printf("token %s for %s%s; copy it now: it is not shown again%n", t.token().id(), username,
                expires == null ? "" : ", valid until " + expires);
        return ExitCodes.OK;
    }
}
