package org.enduse.core.extract;

import java.util.List;

/**
 * The state that uses the goods when a use names no force: the state or its people as the subject of the use
 * verb ("Ukraine is already using NASAMS", "Oekraïne gebruikt de Storm Shadow", "l'Ukraine a utilisé des obus",
 * "украинцы эффективно используют HIMARS", "українські бійці використовують техніку"). The user holds the
 * goods at the sighting (docs/devset.md, "Labelling rules": the holder is the force using it). Only a subject
 * counts: a state after a preposition is where, whence, to whom or against whom ("gegen Russland eingesetzt",
 * "used in Ukraine"), and one standing on the goods is their maker or owner ("американську техніку").
 */
final class UsingState {
    private UsingState() {}

    /**
     * The nearest state a few words before the use cue in its clause that is no object of a preposition nor a word on the
     * goods; else null.
     */
    static Mention subject(SentenceRoles roles, Lexicon.Hit use, List<Mention> in) {
        Passage s = roles.passage();
        int cueStart = s.tokens().get(use.startToken()).start();
        Mention subject = null;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            if (!SentenceRoles.isState(m) || roles.clauseBreak(roles.lastToken(m) + 1, use.startToken())) continue;
            if (use.startToken() - roles.lastToken(m) - 1 > REACH && !perfectAuxiliaryAfter(s, roles.lastToken(m) + 1)) continue;
            if (governed(roles, m) || TakenSide.onGoods(roles, m, in) || afterGoods(roles, m, in)) continue;
            subject = m;
        }
        return subject;
    }

    /**
     * How many words may stand between the subject and the use verb: an auxiliary and adverbs ("is already using",
     * "очень эффективно используют", "soldats ukrainiens utilisent"). Farther, the state belongs to another phrase
     * ("Eine tschechische Initiative zur Lieferung ... zeigt", "Un officier ukrainien a affirmé que les chars ... utilisés").
     */
    private static final int REACH = 3;

    /**
     * "Russland hat iranische Drohnen gegen die Ukraine eingesetzt", "Oekraïne heeft die succesvol ingezet": German and
     * Dutch put the object between the perfect's auxiliary and its participle, so a state right before "hat"/"heeft" is
     * the subject however far the participle stands.
     */
    private static boolean perfectAuxiliaryAfter(Passage s, int k) {
        if (!SentenceRoles.verbLast(s) || k >= s.tokens().size()) return false;
        Lexicon.Hit between = Lexicon.get().at(s, k, "between");
        return between != null && between.cue().value().equals("aux");
    }

    /**
     * "le SAMP/T franco-italien est déployé", "des HiMARS américains", "техніка США використовується": French writes the
     * state word after the goods, Ukrainian and Russian their owner's genitive, so one within two words after a
     * designation or an arms noun is their maker or owner, not the user. Read in every language: where a subject follows
     * its object ("Diese Waffen setzt die Ukraine ein") the user is lost, which costs less than a maker read as the user.
     */
    private static boolean afterGoods(SentenceRoles roles, Mention m, List<Mention> in) {
        int first = roles.firstToken(m);
        for (int end = first; end >= Math.max(1, first - 2) && !roles.clauseBreak(end, first); end--) {
            if (TakenSide.goodsEndingAt(roles.passage(), end, in)) return true;
        }
        return false;
    }

    /** True when a preposition or a case governs the state: a place, a source or agent, a recipient or direction, an opponent. */
    private static boolean governed(SentenceRoles roles, Mention m) {
        return roles.before(m, "loc") != null || roles.isSource(m) || roles.isRecipient(m) || roles.isDirection(m) || roles.isOpponent(m);
    }
}
