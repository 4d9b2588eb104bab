package org.enduse.core.extract;

import java.util.List;

/**
 * The stance cue a sentence's statement is read from: the first stance verb, passives aside (their
 * agent is read elsewhere). A reaction ("responded to the accusations", "В МИД ответили на обвинения",
 * "відреагували на чутки", "reagierte auf die Erklärung") is a denial when what it answers is a claim
 * (accusations, reports, rumours, a statement) named within a few words after the verb: a government
 * answering a claim rebuts it. A reaction to news, a question or an offer takes no stance.
 */
final class StatementCue {
    /** Words between a reaction verb and the claim it answers: "reacted to the statement of", "a réagi, ce jeudi, à l'annonce". */
    private static final int CLAIM_WITHIN = 6;

    private StatementCue() {}

    static Lexicon.Hit first(Passage s, Lexicon lexicon) {
        List<Lexicon.Hit> hits = lexicon.all(s, "statement");
        for (Lexicon.Hit h : hits) {
            String value = h.cue().value();
            if (value.equals("passive")) continue;
            if (!value.equals("reaction")) return h;
            if (answersClaim(s, h, lexicon)) {
                Cue denial = new Cue(h.cue().language(), h.cue().category(), "denial", h.cue().categoryBit());
                return new Lexicon.Hit(h.startToken(), h.endToken(), denial);
            }
        }
        return null;
    }

    private static boolean answersClaim(Passage s, Lexicon.Hit reaction, Lexicon lexicon) {
        for (int k = reaction.endToken(); k < Math.min(s.tokens().size(), reaction.endToken() + CLAIM_WITHIN); k++) {
            Lexicon.Hit word = s.cueAt(k, lexicon, "stanceword");
            if (word != null && word.cue().value().equals("claim")) return true;
        }
        return false;
    }

    /**
     * A German stance verb whose particle closes the clause: "weist die Vorwürfe entschieden zurück",
     * "lehnte den Antrag ab", or "geht einem Bericht nach" (looks into it). The hit is the verb's; its
     * value the stance (or the inquiry's kind) the particle completes.
     */
    static Lexicon.Hit separated(SentenceRoles roles, Lexicon lexicon) {
        Passage s = roles.passage();
        for (Lexicon.Hit stem : lexicon.all(s, "stancestem")) {
            for (int k = stem.endToken(); k < s.tokens().size(); k++) {
                if (roles.clauseBreak(stem.endToken(), k)) break;
                Lexicon.Hit particle = s.cueAt(k, lexicon, "stanceparticle");
                boolean closes = k + 1 == s.tokens().size() || roles.clauseBreak(k + 1, k + 1);
                if (particle != null && closes && particle.cue().value().equals(stem.cue().value())) return stem;
            }
        }
        return null;
    }
}
