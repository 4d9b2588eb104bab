package org.enduse.core.catalog;

import java.util.List;
import java.util.Map;

/**
 * An actor with everything the catalog knows about its names: aliases by language, and for states
 * the demonym and adjective forms ("Belgische", "бельгійські") and the capital's names, which
 * reports use for the government ("Kyiv denied"). Persons carry their role and term.
 */
public record ActorEntry(Actor actor, Map<String, List<String>> aliases, Map<String, List<String>> demonyms,
                         Map<String, List<String>> capital, String role, String from, String to) {
    public ActorEntry {
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        demonyms = demonyms == null ? Map.of() : Map.copyOf(demonyms);
        capital = capital == null ? Map.of() : Map.copyOf(capital);
    }
}
