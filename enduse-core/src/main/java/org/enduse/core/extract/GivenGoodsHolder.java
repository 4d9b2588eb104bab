package org.enduse.core.extract;

import java.util.List;

/**
 * The holder of used or destroyed goods that the sentence describes by their giving: "Leopard 2 tanks,
 * which were supplied to Kyiv", "три РСЗО, из переданных Украине, уже уничтожены", "l'arme livrée à
 * l'Ukraine a été détruite". Goods given to a side are held by it when they are used or destroyed (the
 * labelling rule: the holder is who holds the equipment at the sighting), so the recipient of that
 * giving is the holder when no force of the sentence is. Not for a capture: its holder is the captor.
 */
final class GivenGoodsHolder {
    private GivenGoodsHolder() {}

    /** How many words from the giving verb its recipient may stand ("supplied to Kyiv", "поставленное США на Украину"). */
    private static final int REACH = 3;

    /** The state or force a past giving in the sentence went to, or null when no delivered giving names its recipient. */
    static Mention recipient(SentenceRoles roles, List<Mention> in) {
        Passage s = roles.passage();
        for (Lexicon.Hit giving : Lexicon.get().all(s, "transfer")) {
            if (!giving.cue().value().equals(DELIVERED)) continue;
            for (Mention m : in) {
                if (m.kind() != MentionKind.COUNTRY && !m.mayHold()) continue;
                if (!near(roles, giving, m)) continue;
                if (roles.isRecipient(m) || roles.isDirection(m) || slavicOnto(s, roles.firstToken(m), m)) return m;
            }
        }
        return null;
    }

    /**
     * The recipient stands right after the giving verb ("supplied to Kyiv", "переданных Украине"), or in German and Dutch,
     * whose participle comes last, right before it ("an die Ukraine gelieferten", "aan Oekraïne geleverde").
     */
    private static boolean near(SentenceRoles roles, Lexicon.Hit giving, Mention m) {
        int first = roles.firstToken(m), last = roles.lastToken(m);
        if (first >= giving.endToken()) return first - giving.endToken() <= REACH && !roles.clauseBreak(giving.endToken(), first);
        String language = roles.passage().language();
        return (language.equals("de") || language.equals("nl")) && last < giving.startToken()
                && giving.startToken() - last <= REACH && !roles.clauseBreak(last + 1, giving.startToken());
    }

    /** Russian and Ukrainian "на Украину"/"на Україну": a giving's direction, the accusative after "на". */
    private static boolean slavicOnto(Passage s, int first, Mention m) {
        return s.ukrainianOrRussian() && first > 0 && s.joined(first) && s.tokens().get(first - 1).folded().equals("на")
                && Character.isUpperCase(m.text().charAt(0)) && SentenceRoles.endsWithAny(m.text(), "у", "ю");
    }

    private static final String DELIVERED = "delivered";
}
