package org.enduse.app.cli.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.enduse.app.cli.Contexts;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.review.Candidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Each option sets the candidate field of the same name; an empty value ('') clears it. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change fields of a pending candidate before accepting it. Each value is checked as 'sightings add' and "
                + "'transfers add' check theirs; one bad value changes nothing. An empty value ('') clears a field.",
        footer = {"", "Examples:", "  enduse review edit ca_01HZX... --equipment fn-scar-l --quantity 2 --observed 2023-05-22",
                "  enduse review edit ca_01HZX... --donor BE --recipient UA --announced 2023-01", "  enduse review edit ca_01HZX... --place ''"})
public final class ReviewEditCommand implements Runnable {
    private final Map<String, String> changes = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The candidate id.")
    String id;

    @Option(names = "--equipment", paramLabel = "TYPE", description = "Catalog type id, e.g. fn-scar-l.")
    void equipment(String value) {
        changes.put("equipment", value);
    }

    @Option(names = "--description", paramLabel = "TEXT", description = "The equipment as the source describes it.")
    void description(String value) {
        changes.put("description", value);
    }

    @Option(names = "--quantity", paramLabel = "N", description = "How many.")
    void quantity(String value) {
        changes.put("quantity", value);
    }

    @Option(names = "--unit", paramLabel = "UNIT", description = "items, rounds, tonnes, litres, sets or persons.")
    void unit(String value) {
        changes.put("unit", value);
    }

    @Option(names = "--country", paramLabel = "CC", description = "Sighting: country where it was seen.")
    void country(String value) {
        changes.put("country", value);
    }

    @Option(names = "--place", paramLabel = "NAME", description = "Sighting: place name.")
    void place(String value) {
        changes.put("place", value);
    }

    @Option(names = "--holder", paramLabel = "ACTOR", description = "Sighting: holder's catalog actor id, e.g. rdk.")
    void holder(String value) {
        changes.put("holder", value);
    }

    @Option(names = "--holder-name", paramLabel = "NAME", description = "Sighting: holder's name as the source gives it.")
    void holderName(String value) {
        changes.put("holder-name", value);
    }

    @Option(names = "--status", paramLabel = "STATUS", description = "Sighting: in_use, captured, destroyed, damaged, abandoned, seized; transfer: pledged, approved, shipped, delivered, ...")
    void status(String value) {
        changes.put("status", value);
    }

    @Option(names = "--observed", paramLabel = "DATE", description = "Sighting: when it was seen (YYYY, YYYY-MM or YYYY-MM-DD).")
    void observed(String value) {
        changes.put("observed", value);
    }

    @Option(names = "--donor", paramLabel = "CC", description = "Transfer: donor country.")
    void donor(String value) {
        changes.put("donor", value);
    }

    @Option(names = "--recipient", paramLabel = "CC", description = "Transfer: recipient country.")
    void recipient(String value) {
        changes.put("recipient", value);
    }

    @Option(names = "--value", paramLabel = "AMOUNT", description = "Transfer: value (with --currency).")
    void value(String value) {
        changes.put("value", value);
    }

    @Option(names = "--currency", paramLabel = "ISO4217", description = "Transfer: currency of the value, e.g. EUR.")
    void currency(String value) {
        changes.put("currency", value);
    }

    @Option(names = "--announced", paramLabel = "DATE", description = "Transfer: when it was announced; dates the status too.")
    void announced(String value) {
        changes.put("announced", value);
    }

    @Override
    public void run() {
        try (var app = Contexts.open(spec)) {
            Candidate edited;
            try {
                edited = app.reviewQueue().edit(app.user(), id, changes);
            } catch (InvalidInputException e) {
                // Name the option the user typed: "--observed: ..." rather than the field "observed".
                throw new InvalidInputException(e.problems().stream().map(p -> p.column() == null ? p
                        : new InputProblem(p.input(), p.row(), "--" + p.column(), p.message())).toList());
            }
            spec.commandLine().getOut().println(edited.summary());
            spec.commandLine().getOut().flush();
        }
    }
}
