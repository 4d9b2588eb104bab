package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/**
 * A name that is both a person's (the call sign "Caesar") and a system's (the howitzer) names the person only where the
 * text treats it as one: introduced as a name ("a fighter called Caesar", "known as", "with the call sign"), speaking
 * ("said Caesar", "Caesar said"), described by an apposition ("Caesar, a drone operator") or owning ("Caesar's unit").
 * Reports on arms write the system's name bare ("howitzers Caesar", "Caesar deliveries", "six Caesar self-propelled
 * artillery units": batches 15, 16, 40, 45, 53 and 65, en), and the matcher's language ranking would otherwise prefer
 * the person's English alias. An item noun right after the name already makes it the system ({@link NameMatcher}).
 */
final class PersonOrSystem {
    /** The longest word run that introduces a name, in tokens ("with the call sign" ends in "call sign"). */
    private static final int MAX_NAME_INTRO_TOKENS = 3;
    /** Words opening an apposition after a comma; English, as the one such person of the catalog has only an English alias. */
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the");
    /** The lexicon categories of words right before a name that make it a person's: introducing it, or saying. */
    private static final String[] BEFORE_NAME = {"nameintro", "speech"};

    private PersonOrSystem() {}

    /** The hit as the system its words also name, unless the passage treats the person as a person; else the hit. */
    static NameMatcher.Hit resolve(Passage p, NameMatcher.Hit hit, NameMatcher names) {
        if (hit.name().kind() != NameKind.PERSON || treatedAsPerson(p, hit.startToken(), hit.endToken())) return hit;
        List<Name> systems = names.equipmentNamedBy(p.tokens().subList(hit.startToken(), hit.endToken()), p.language());
        return systems.isEmpty() ? hit : new NameMatcher.Hit(hit.startToken(), hit.endToken(), systems.getFirst(), hit.alternatives(), hit.exactForm());
    }

    private static boolean treatedAsPerson(Passage p, int start, int end) {
        Lexicon lexicon = Lexicon.get();
        // No check of what stands between: 'with the call sign "Caesar"' introduces the name across the quote.
        if (p.cueEndingAt(start, MAX_NAME_INTRO_TOKENS, lexicon, lexicon.bitsOf(BEFORE_NAME), BEFORE_NAME) != null) return true;
        if (lexicon.at(p, end, "speech") != null) return true;
        String after = p.text().substring(p.tokens().get(end - 1).end(), Math.min(p.text().length(), p.tokens().get(end - 1).end() + 3));
        if (after.startsWith("'s") || after.startsWith("’s")) return true;
        return after.startsWith(",") && end < p.tokens().size() && APPOSITION_OPENERS.contains(p.tokens().get(end).folded());
    }
}
