package org.enduse.core.extract;

import java.util.Set;

/**
 * A delivery noun that is the object of a verb of saying: "Норвегия сообщила о передаче Украине ракет ПВО", "Норвегія
 * повідомила про передачу", "the government of Ireland announced the transfer of Giraffe radars to Ukraine". The state
 * before the verb tells of its own giving, so the verb does not part the giver from the noun as it does when the noun
 * opens what is said ("Russian officials said supplies of ... continued"). The noun is the verb's object when a
 * preposition of topic ("о", "про", "about") follows the verb, or when the verb announces (a transfer cue of value
 * "announced" on the same word: "announced", "объявила", "оголосила") and at most an article and an adjective come
 * between ("announced its first delivery"). Nothing that opens a clause ("that", "что", a comma) may stand between.
 */
final class SpokenDelivery {
    /** Prepositions that make what follows the topic of a verb of saying; the words are few and fixed, as in {@code attributive}. */
    private static final Set<String> TOPIC = Set.of("о", "об", "про", "about");
    /** Words a verb of saying may stand before its object noun: a preposition or an article, and an adjective. */
    private static final int REACH = 2;

    private SpokenDelivery() {}

    /** True when the verb of saying {@code said} has the delivery noun at token {@code noun} as its object. */
    static boolean objectOf(SentenceRoles roles, Lexicon.Hit said, int noun) {
        Passage s = roles.passage();
        int after = said.endToken();
        int gap = noun - after;
        if (gap < 1 || gap > REACH || roles.clauseBreak(after, noun)) return false;
        for (int j = after; j < noun; j++) if (s.cueAt(j, Lexicon.get(), "complementizer") != null) return false;
        return TOPIC.contains(s.tokens().get(after).folded()) || announces(s, said);
    }

    /**
     * True when a verb of saying that only reports ("сообщила о передаче", "said ... about") has the noun as its object
     * between the subject and the noun: the giving is told as done, not committed to as an announcement is.
     */
    static boolean reportedBetween(SentenceRoles roles, Mention subject, int noun) {
        Passage s = roles.passage();
        for (int j = roles.lastToken(subject) + 1; j < noun; j++) {
            Lexicon.Hit said = s.cueAt(j, Lexicon.get(), "speech");
            if (said != null && objectOf(roles, said, noun) && !announces(s, said)) return true;
        }
        return false;
    }

    /** True when the verb of saying also announces a giving ("announced", "объявила"), rather than only reporting it. */
    static boolean announces(Passage s, Lexicon.Hit said) {
        Lexicon.Hit transfer = s.cueAt(said.startToken(), Lexicon.get(), "transfer");
        return transfer != null && transfer.cue().value().startsWith("announced");
    }
}
