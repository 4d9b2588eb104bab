package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the dictionary matcher gets its names: the catalog (equipment, actors), the gazetteer
 * (places), the built-in country lexicon, a TSV file. An adapter is a few lines: walk the source's
 * (surface form, language, id, kind, country) tuples and hand each over as a {@link Name}.
 */
@FunctionalInterface
public interface NameSource {
    /** Hands every name to the sink; called once when a matcher is built. */
    void forEachName(Consumer<Name> sink);

    /** All names of several sources, in order. */
    static NameSource of(List<NameSource> sources) {
        List<NameSource> copy = List.copyOf(sources);
        return sink -> copy.forEach(s -> s.forEachName(sink));
    }

    static NameSource of(NameSource... sources) {
        return of(List.of(sources));
    }

    default List<Name> toList() {
        List<Name> out = new ArrayList<>();
        forEachName(out::add);
        return out;
    }
}
