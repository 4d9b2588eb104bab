package org.enduse.app.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.enduse.app.AppContext;
import org.enduse.app.AppServices;
import org.enduse.app.cli.EnduseCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enduse users add|list|disable|token against a real data directory. */
class UsersCommandTest {
    @TempDir Path data;
    private final InputStream stdin = System.in;
    private String out;
    private String err;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        StringWriter o = new StringWriter(), e = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = EnduseCommand.run(new PrintWriter(o, true), new PrintWriter(e, true), all);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void theFirstAdminCreatesTheirOrganisationAndOthersFollow() {
        assertThat(run("too short\n", "users", "add", "alice", "--org", "FPS Defence", "--role", "admin", "--password-stdin")).isEqualTo(2);
        assertThat(err).contains("password: must be at least 12 characters");
        assertThat(run("correct horse battery\n", "users", "add", "bob", "--org", "FPS Defence", "--role", "viewer", "--password-stdin")).isEqualTo(2);
        assertThat(err).contains("the first user must be an admin");

        assertThat(run("correct horse battery\n", "users", "add", "alice", "--org", "FPS Defence", "--role", "admin", "--name", "Alice P.", "--password-stdin"))
                .as(err).isEqualTo(0);
        assertThat(out).contains("created organisation FPS Defence").contains("added alice (admin) to FPS Defence");

        assertThat(run("correct horse battery\n", "users", "add", "bob", "--org", "Newsroom", "--role", "viewer", "--password-stdin")).isEqualTo(2);
        assertThat(err).contains("no organisation 'Newsroom' (there are: FPS Defence)");
        assertThat(run("another long password\r\n", "users", "add", "bob", "--org", "Newsroom", "--create-org", "--role", "viewer", "--password-stdin")).isEqualTo(0);

        assertThat(run("", "users", "list")).isEqualTo(0);
        assertThat(out).contains("alice").contains("Alice P.").contains("bob").contains("Newsroom").contains("active");

        var accounts = AppServices.of(AppContext.open(data)).accounts();
        assertThat(accounts.checkPassword("bob", "another long password".toCharArray())).as("CR LF is not part of the password").isPresent();
    }

    @Test
    void tokensArePrintedOnceAndDisabledUsersLoseThem() {
        run("correct horse battery\n", "users", "add", "alice", "--org", "BE", "--role", "admin", "--password-stdin");
        assertThat(run("", "users", "token", "alice", "--name", "nightly import", "--days", "30")).isEqualTo(0);
        String secret = out.strip();
        assertThat(secret).startsWith("eut_");
        assertThat(err).contains("not shown again");
        var accounts = AppServices.of(AppContext.open(data)).accounts();
        assertThat(accounts.userForToken(secret)).isPresent();

        assertThat(run("", "users", "disable", "ALICE")).isEqualTo(0);
        assertThat(accounts.userForToken(secret)).isEmpty();
        assertThat(run("", "users", "list")).isEqualTo(0);
        assertThat(out).contains("disabled");
        assertThat(run("", "users", "disable", "nobody")).isEqualTo(2);
        assertThat(err).contains("no user 'nobody'");
        assertThat(run("", "users", "token", "alice", "--name", "x", "--days", "0")).isEqualTo(2);
    }

    @Test
    void withoutStdinOrATerminalThePasswordIsNotAskedFor() {
        // Under the test runner there is no console, so the prompt cannot be shown.
        assertThat(run("", "users", "add", "alice", "--org", "BE", "--role", "admin")).isEqualTo(2);
        assertThat(err).contains("use --password-stdin".substring(4)).contains("--password-stdin");
    }
}
