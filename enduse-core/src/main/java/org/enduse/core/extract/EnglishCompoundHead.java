package org.enduse.core.extract;

import java.math.BigDecimal;
import java.util.Set;

/**
 * English noun compounds run on past the noun a list knows: "24 drone detection systems", "18
 * Leopard deliveries", "eight Archer artillery installations", "two tank recovery vehicles". A
 * number above one counts a plural, so when the counted phrase ends on a singular noun or a bare
 * designation and plain lower-case words follow up to a plural, that plural is the head and the
 * words before it are its modifiers (batches 17, 26 and 27 read it so).
 */
final class EnglishCompoundHead {
    /** Modifiers between the known noun and the plural head: "radar detection and control aircraft" needs more than this reading. */
    private static final int MAX_MODIFIERS = 2;

    /** Words that end a noun compound: articles, prepositions, pronouns, auxiliaries, and words of time. */
    private static final Set<String> NOT_IN_COMPOUND = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with",
            "from", "by", "at", "as", "that", "which", "who", "this", "these", "those", "will", "would", "was", "were", "be", "been",
            "has", "have", "had", "is", "are", "its", "their", "his", "her", "our", "it", "they", "we", "he", "she", "not", "also",
            "now", "more", "than", "into", "over", "under", "after", "before", "since", "per", "each", "last", "next", "ago", "plus",
            "thus", "does", "says", "us", "via", "always", "perhaps", "days", "weeks", "months", "years", "hours");

    private EnglishCompoundHead() {}

    /** The end of the plural head after the phrase's known noun ending at end, or end itself. */
    static int end(Passage p, NumberSpan number, int end, Lexicon lexicon) {
        if (!p.language().equals("en") || number.value() == null || number.value().compareTo(BigDecimal.ONE) <= 0 || end <= 0) return end;
        if (plural(p.tokens().get(end - 1))) return end;
        for (int k = end; k < Math.min(end + MAX_MODIFIERS + 1, p.tokens().size()) && p.joined(k); k++) {
            Token t = p.tokens().get(k);
            if (!plainWord(t) || lexicon.at(p, k, "measure", "unit", "speech") != null) return end;
            if (plural(t)) return k + 1;
        }
        return end;
    }

    private static boolean plainWord(Token t) {
        String s = t.text();
        if (s.length() < 3 || NOT_IN_COMPOUND.contains(t.folded())) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    /** "systems", "deliveries"; not "arms"-like stems in "ss" or "us" ("class", "bus"). */
    private static boolean plural(Token t) {
        String s = t.folded();
        return s.length() >= 4 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is");
    }
}
