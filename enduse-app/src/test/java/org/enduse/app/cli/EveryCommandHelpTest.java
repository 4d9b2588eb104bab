package org.enduse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Walks the whole command tree, so a command added later is checked without touching this test. */
class EveryCommandHelpTest {
    @Test
    void everyCommandsHelpExitsZeroAndShowsExamples() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new EnduseCommand()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(30);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = EnduseCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
            String name = String.join(" ", path);
            assertThat(code).as(name + ": " + err).isZero();
            assertThat(out.toString()).as(name).containsPattern("Examples?:").contains("enduse " + path.get(0));
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) return; // skip the help command and aliases
            List<String> next = new ArrayList<>(path);
            next.add(name);
            into.add(next);
            collect(sub, next, into);
        });
    }
}
