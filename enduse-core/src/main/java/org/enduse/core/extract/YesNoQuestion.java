package org.enduse.core.extract;

import java.util.Set;

/**
 * A yes/no question about the event at a cue: "Did Ukraine use British missiles?", "Will Germany send Taurus missiles to
 * Ukraine?", "Чи використовувала Україна ...?", "Использовала ли армия ...?". It asks whether the event happened and
 * asserts nothing, so no sighting or transfer is read from it. A question opened by a question word, or whose cue stands
 * in a clause a question word or a comma opens after the opener ("Do you know where Russia used ...?", "Чи знають у
 * Києві, що росіяни використовували ...?"), asks about an event it takes as given.
 */
final class YesNoQuestion {
    private YesNoQuestion() {}

    /** The last token the Russian question particle "ли" may stand at: "Использовала ли ...", "А использовала ли ...". */
    private static final int RU_PARTICLE_AT = 2;

    /** French subject pronouns that follow their verb with a hyphen in a question: "livrera-t-elle", "a-t-il". */
    private static final Set<String> FRENCH_INVERTED = Set.of("il", "elle", "ils", "elles", "on");

    static boolean asks(SentenceRoles roles, Lexicon.Hit cue, Lexicon lexicon) {
        Passage s = roles.passage();
        if (!s.asks() || s.tokens().isEmpty()) return false;
        if (verbFirst(roles, cue)) return true;
        int[] opener = opener(s, cue, lexicon);
        if (opener == null) return false;
        // "Использовала ли ...", "La France livrera-t-elle ...": the particle or pronoun follows the word it questions.
        if (cue.startToken() < opener[0]) return true;
        if (roles.clauseBreak(opener[1], cue.startToken())) return false;
        for (int k = opener[1]; k < cue.startToken(); k++) if (s.cueAt(k, lexicon, "yesno") != null) return false;
        return true;
    }

    /**
     * "Liefert Deutschland der Ukraine Panzer?", "Krijgt Oekraïne ... ?": a Dutch or German question led by its verb, which
     * runs to the question mark in one clause. Not a delivery noun heading a headline's question ("Lieferungen an die
     * Ukraine: Wann kommen die nächsten?"), whose question comes after a colon and asks something else.
     */
    private static boolean verbFirst(SentenceRoles roles, Lexicon.Hit cue) {
        String language = roles.passage().language();
        if (cue.startToken() != 0 || !(language.equals("de") || language.equals("nl")) || cue.cue().category().equals("delivery")) return false;
        return !roles.clauseBreak(cue.endToken(), roles.passage().tokens().size() - 1);
    }

    /**
     * The tokens [start, end) that make the sentence a yes/no question, or null: an asking word first ("Did", "Чи",
     * "Est-ce que"); the Russian particle, which stands after the word it questions and after an opening "А" or "Но";
     * a French pronoun inverted after its verb, with no question word before it ("à quel moment la France va-t-elle
     * livrer" asks when, and takes the giving as given).
     */
    private static int[] opener(Passage s, Lexicon.Hit cue, Lexicon lexicon) {
        Lexicon.Hit first = asking(s.cueAt(0, lexicon, "yesno"));
        if (first != null) return new int[] {first.startToken(), first.endToken()};
        if (s.language().equals("ru")) {
            for (int k = 1; k <= RU_PARTICLE_AT && k < s.tokens().size(); k++) {
                Lexicon.Hit particle = asking(s.cueAt(k, lexicon, "yesno"));
                if (particle != null) return new int[] {particle.startToken(), particle.endToken()};
            }
        }
        if (s.language().equals("fr")) {
            for (int k = 1; k < s.tokens().size() && k <= cue.endToken() + 1; k++) {
                if (s.cueAt(k - 1, lexicon, "yesno") != null) return null;
                Token t = s.tokens().get(k);
                if (FRENCH_INVERTED.contains(t.folded()) && s.text().charAt(t.start() - 1) == '-') return new int[] {k, k + 1};
            }
        }
        return null;
    }

    private static Lexicon.Hit asking(Lexicon.Hit h) {
        return h != null && h.cue().value().equals("ask") ? h : null;
    }
}
