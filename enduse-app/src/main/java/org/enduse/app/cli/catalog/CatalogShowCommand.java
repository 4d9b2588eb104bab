package org.enduse.app.cli.catalog;

import java.util.concurrent.Callable;
import org.enduse.app.cli.UserException;
import org.enduse.core.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one catalog entry with all its names. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a catalog entry (equipment type or actor) with all its names.",
        footer = {"", "Examples:", "  enduse catalog show fn-scar-l", "  enduse catalog show rdk", "  enduse catalog show BE"})
public final class CatalogShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The entry's id, as resolve prints it.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.get();
        var out = spec.commandLine().getOut();
        var type = catalog.type(id);
        if (type.isPresent()) {
            var t = type.get();
            out.printf("%s [%s]%n  family:       %s%n  variant of:   %s%n  manufacturer: %s%n  origin:       %s%n  category:     %s (UN Register %s)%n",
                    t.name(), t.id(), t.familyId(), t.variantOf() == null ? "-" : t.variantOf(), t.manufacturer() == null ? "-" : t.manufacturer(),
                    t.origin(), t.category().name().toLowerCase(), t.category().register());
            t.aliases().forEach((lang, names) -> out.printf("  names (%s):   %s%n", lang, String.join(", ", names)));
            var variants = catalog.types().stream().filter(v -> id.equals(v.variantOf())).map(v -> v.id()).toList();
            if (!variants.isEmpty()) out.printf("  variants:     %s%n", String.join(", ", variants));
            out.printf("  sources:      %s%n", String.join("; ", t.sources()));
            return 0;
        }
        var entry = catalog.actorEntry(id).orElseThrow(() -> new UserException("no catalog entry with id '" + id + "' (try: enduse catalog search " + id + ")"));
        var a = entry.actor();
        out.printf("%s [%s]%n  kind:      %s%n  country:   %s%n  part of:   %s%n", a.name(), a.id(), a.kind().name().toLowerCase(),
                a.country() == null ? "-" : a.country(), a.parentId() == null ? "-" : a.parentId());
        entry.terms().forEach(t -> out.printf("  office:    %s%n", t.describe()));
        entry.aliases().forEach((lang, names) -> out.printf("  names (%s): %s%n", lang, String.join(", ", names)));
        entry.demonyms().forEach((lang, names) -> out.printf("  demonyms (%s): %s%n", lang, String.join(", ", names)));
        entry.capital().forEach((lang, names) -> out.printf("  capital (%s): %s%n", lang, String.join(", ", names)));
        if (!entry.sources().isEmpty()) out.printf("  sources:   %s%n", String.join("; ", entry.sources()));
        return 0;
    }
}
