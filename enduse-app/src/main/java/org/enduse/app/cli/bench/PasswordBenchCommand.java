package org.enduse.app.cli.bench;

import java.util.concurrent.Callable;
import org.enduse.core.account.PasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Time of one Argon2id password hash with the parameters enduse uses (docs/security.md). */
@Command(name = "passwords", mixinStandardHelpOptions = true, description = "Time Argon2id password hashing at enduse's parameters.",
        footer = {"", "Example:", "  enduse bench passwords --hashes 50"})
public final class PasswordBenchCommand implements Callable<Integer> {
    @Option(names = "--hashes", defaultValue = "20", description = "Hashes to time after 3 warm-up ones (default ${DEFAULT-VALUE}).")
    int hashes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PasswordHasher hasher = new PasswordHasher();
        char[] password = "correct horse battery staple".toCharArray();
        for (int i = 0; i < 3; i++) hasher.hash(password);
        long t0 = System.nanoTime();
        for (int i = 0; i < hashes; i++) hasher.hash(password);
        double ms = (System.nanoTime() - t0) / 1e6 / hashes;
        PasswordHasher.Params p = PasswordHasher.DEFAULT;
        spec.commandLine().getOut().printf("argon2id m=%d KiB t=%d p=%d: %.1f ms per hash (%d hashes, one thread)%n",
                p.memoryKiB(), p.iterations(), p.parallelism(), ms, hashes);
        return 0;
    }
}
