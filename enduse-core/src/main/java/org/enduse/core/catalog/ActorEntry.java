package org.enduse.core.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An actor with everything the catalog knows about its names: aliases by language, and for states
 * the demonym and adjective forms ("Belgische", "бельгійські") and the capital's names, which
 * reports use for the government ("Kyiv denied"). Persons carry the offices they held with their
 * terms; {@code sources} says where the facts come from and what is not known for sure.
 */
public record ActorEntry(Actor actor, Map<String, List<String>> aliases, Map<String, List<String>> demonyms,
                         Map<String, List<String>> capital, List<Term> terms, List<String> sources) {
    public ActorEntry {
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        demonyms = demonyms == null ? Map.of() : Map.copyOf(demonyms);
        capital = capital == null ? Map.of() : Map.copyOf(capital);
        terms = terms == null ? List.of() : terms.stream().sorted(Comparator.comparing(Term::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The most recent office, or null for actors that hold none. */
    public Term latestTerm() {
        return terms.isEmpty() ? null : terms.get(terms.size() - 1);
    }

    /** The same actor with more demonym and capital forms (from the state tables), each form once. */
    ActorEntry withForms(Map<String, List<String>> moreDemonyms, Map<String, List<String>> moreCapital) {
        return new ActorEntry(actor, aliases, StateForms.union(demonyms, moreDemonyms), StateForms.union(capital, moreCapital), terms, sources);
    }
}
