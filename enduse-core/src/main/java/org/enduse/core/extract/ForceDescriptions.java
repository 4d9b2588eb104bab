package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.enduse.core.catalog.ActorKind;

/**
 * A state's forces described rather than named: "the Ukrainian army", "armée ukrainienne",
 * "ukrainischen Armee", "Belgian military". The labelling rules (docs/devset.md) count these as a
 * country mention of the adjective, while a proper name ("Bundeswehr", "Armed Forces of Ukraine",
 * "Belgische Krijgsmacht", "ЗСУ") is an organisation. Events still see the force (its holder role
 * needs it); only the mentions given out change.
 */
final class ForceDescriptions {
    private ForceDescriptions() {}

    static List<Mention> asCountries(List<Mention> found, Passage p, NameMatcher names) {
        List<Mention> out = null;
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != MentionKind.ORGANIZATION || m.actorKind() != ActorKind.ARMED_FORCE) continue;
            Mention country = describingCountry(m, p, names);
            if (country == null) continue;
            if (out == null) out = new ArrayList<>(found);
            out.set(i, country);
        }
        return out == null ? found : out;
    }

    /** French prepositions that put a state after the force it owns ("forces armées de l'Ukraine"). */
    private static final java.util.Set<String> FRENCH_OF = java.util.Set.of("de", "d", "du", "des");

    /**
     * "armed forces of Ukraine", "вооруженные силы Украины", "збройні сили України": the state after
     * the force's noun, by "of" or in the genitive, names the force (the rule's "Armed Forces of
     * Ukraine", in whatever case the text writes it); a nationality describing a force stands before its
     * noun, except in French ("armée ukrainienne"), where only a preposition makes the state part of the name.
     */
    private static boolean stateNamedAfter(List<Token> tokens, int k, String language) {
        if (k == 0) return false;
        if (!language.equals("fr")) return true;
        return FRENCH_OF.contains(tokens.get(k - 1).folded()) || (k > 1 && FRENCH_OF.contains(tokens.get(k - 2).folded()));
    }

    /** The country adjective of a described force, or null when the words are the force's name. */
    private static Mention describingCountry(Mention force, Passage p, NameMatcher names) {
        Passage words = Passage.of(p.text(), force.start(), force.end(), p.language());
        List<Token> tokens = words.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            int end = countryEnd(tokens, k, p.language(), names);
            if (end < 0) continue;
            if (stateNamedAfter(tokens, k, p.language())) return null;
            Token adjective = tokens.get(k);
            boolean othersLowerCase = true;
            for (int j = 0; j < tokens.size(); j++) if ((j < k || j >= end) && tokens.get(j).isCapitalised()) othersLowerCase = false;
            // "Belgische Krijgsmacht", "українських Повітряних сил": capitals make the words a name (German capitalises every noun).
            if (!othersLowerCase && (adjective.isCapitalised() || !p.language().equals("de"))) return null;
            String code = names.find(tokens.subList(k, end), p.language()).getFirst().name().country();
            int from = adjective.start(), to = NameEnds.end(p, from, tokens.get(end - 1).end()); // "U.S." keeps its last dot
            return Extractor.stateMention(p.text().substring(from, to), from, to, code, force.confidence());
        }
        return null;
    }

    /**
     * The end token of a country's name starting at token k, or -1. Longest first but never the whole
     * phrase, which would match the force again; a name may span tokens ("U.S." in "U.S. military").
     */
    private static int countryEnd(List<Token> tokens, int k, String language, NameMatcher names) {
        for (int end = k == 0 ? tokens.size() - 1 : tokens.size(); end > k; end--) {
            List<NameMatcher.Hit> hits = names.find(tokens.subList(k, end), language);
            if (hits.isEmpty()) continue;
            NameMatcher.Hit hit = hits.getFirst();
            if (hit.startToken() == 0 && hit.endToken() == end - k && hit.name().kind() == NameKind.COUNTRY) return end;
        }
        return -1;
    }
}
