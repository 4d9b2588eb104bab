package org.enduse.core.extract;

import java.util.List;

/**
 * The giver of a receipt named after the bare preposition that only a verb of receiving makes a source: "L'Ukraine a reçu
 * les premiers F-16 des Pays-Bas", "ne recevra pas d'armes de l'Italie", "Україна отримає танки з Німеччини". French "de"
 * and Ukrainian "з" also mark a possessor, a material or a partner ("з Данією"), so the lexicon's {@code from} leaves
 * them out and {@link TransferParties#receivingOrArriving} asks this only when no plain source ("from", "von", "від") is
 * named. A Ukrainian name after "з" in the instrumental is a partner, not a source. Makers ("de fabrication allemande")
 * and purchases ("achetés aux États-Unis") name no state right after such a preposition, and are no receipts.
 */
final class ReceiptSource {
    private ReceiptSource() {}

    /**
     * Tokens after the receipt cue within which its source may stand: the goods received, their count and what they replace
     * between ("recevra des pièces de rechange et des munitions au lieu de chars des Pays-Bas"; "F-16" is three tokens).
     */
    private static final int REACH = 14;

    /** The first state after the cue, in its clause and reach, that a receipt's bare preposition introduces; else null. */
    static Mention after(SentenceRoles roles, List<Mention> in, Lexicon.Hit cue) {
        int end = cue.endToken();
        for (Mention m : in) {
            int k = roles.firstToken(m);
            if (k < end) continue;
            if (k - end > REACH || roles.clauseBreak(end, k)) return null;
            if (SentenceRoles.isState(m) && roles.before(m, "receiptsource") != null && !instrumental(roles.passage(), k)) {
                return goodsBetween(roles.passage(), in, end, k) ? m : null;
            }
        }
        return null;
    }

    /**
     * "Ukraine has received twelve Swedish armoured vehicles", "Oekraïne heeft twaalf Zweedse pantserwagens ontvangen": the
     * country word on the goods received, in the cue's clause, names their giver (docs/devset.md, "Labelling rules": a
     * country word on goods given, sent or arriving). The one nearest the cue: goods before it ("seine alten russischen
     * Schützenpanzer ... liefern und ... deutsche Marder bekommen") belong to an earlier verb.
     *
     * @param goodsWords the sentence's country words on goods ({@link GoodsOrigins#marksGoods})
     */
    static Mention onGoods(SentenceRoles roles, List<Mention> goodsWords, Lexicon.Hit cue) {
        Mention nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Mention m : goodsWords) {
            int k = roles.firstToken(m), last = roles.lastToken(m);
            boolean after = k >= cue.endToken();
            int gap = after ? k - cue.endToken() : cue.startToken() - last;
            boolean sameClause = after ? !roles.clauseBreak(cue.endToken(), k) : !roles.clauseBreak(last + 1, cue.startToken());
            if (sameClause && gap < distance) {
                nearest = m;
                distance = gap;
            }
        }
        return nearest;
    }

    /**
     * "a reçu six obusiers de la Belgique": the goods received stand between the verb and its source. "a confirmé avoir reçu
     * de l'Allemagne deux requêtes": with none between, what was received may be a request or a letter, not goods.
     */
    private static boolean goodsBetween(Passage s, List<Mention> in, int from, int to) {
        for (int j = from; j < to; j++) if (s.cueAt(j, Lexicon.get(), "item", "materiel", "goods") != null) return true;
        int start = s.tokens().get(from).start(), end = s.tokens().get(to).start();
        return Lists.any(in, m -> m.start() >= start && m.end() <= end && (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY));
    }

    /** "з Польщею", "зі Швецією": the instrumental after "з" is "with", not "from". */
    private static boolean instrumental(Passage s, int k) {
        return s.ukrainianOrRussian() && SentenceRoles.endsWithAny(s.tokens().get(k).folded(), "ою", "ею", "єю", "ом", "ем", "ами", "ями");
    }
}
