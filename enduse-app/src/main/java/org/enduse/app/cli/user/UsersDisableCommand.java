package org.enduse.app.cli.user;

import java.util.concurrent.Callable;
import org.enduse.app.AppServices;
import org.enduse.app.cli.Contexts;
import org.enduse.app.cli.ExitCodes;
import org.enduse.core.account.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user: no more sign-ins, sessions or API tokens.",
        footer = {"", "Example:", "  enduse users disable bob"})
public final class UsersDisableCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "USERNAME")
    String username;

    @Override
    public Integer call() {
        Accounts accounts = AppServices.of(Contexts.open(spec)).accounts();
        var user = accounts.disable(accounts.userNamed(username).id(), UsersCommand.actor());
        spec.commandLine().getOut().printf("disabled %s%n", user.username());
        return ExitCodes.OK;
    }
}
