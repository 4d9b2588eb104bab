package org.enduse.core.extract;

import java.util.List;

/**
 * Whether a promising verb ("pledged", "a promis", "beloofde") promises the giving read at a transfer cue, for
 * {@link Speakers#promiser}: the verb is the cue itself or governs it, standing before it in one clause ("pledged to
 * provide", "avait promis à Kiev la livraison"), and its clause names something given after it. A promise in another
 * clause ("Joe Biden promised to visit Kyiv soon, and Germany delivered ..."), of something else ("a promis des
 * réformes", "beloofde een bezoek"), after the goods ("tanks, which Zelensky had promised his commanders") or negated
 * before or after the verb ("has not promised", "beloofde niet") promises no giving of that cue (review of round 55).
 */
final class PromisedGiving {
    private PromisedGiving() {}

    /** What names something given: a giving word, a delivery noun, an item or materiel noun ("this system"). */
    private static final String[] GIVEN = {"transfer", "delivery", "item", "materiel", "goods"};
    /** Words that open a clause of their own. */
    private static final Categories CLAUSE_OPENERS = Lexicon.get().categories("coordinator", "subordinator");

    static boolean governs(SentenceRoles roles, List<Mention> in, Lexicon.Hit promise, Lexicon.Hit cue) {
        int from = promise.endToken(), end = clauseEnd(roles, from);
        if (CuesThatGiveNothing.negated(roles, promise) || negatedAfter(roles.passage(), from, end)) return false;
        boolean own = cue.startToken() < promise.endToken() && cue.endToken() > promise.startToken();
        if (!own && (cue.startToken() < from || cue.startToken() >= end)) return false;
        return namesGiven(roles, in, from, end);
    }

    /**
     * The first token from {@code from} on that is no longer in the promise's clause: one after a clause mark, or a coordinator or
     * subordinator that opens a clause of its own ("and Germany delivered", "tandis que l'Allemagne", "terwijl Duitsland").
     */
    private static int clauseEnd(SentenceRoles roles, int from) {
        Passage s = roles.passage();
        for (int k = from; k < s.tokens().size(); k++) {
            // The mark in the gap before k alone: the gaps before it were asked at the tokens before.
            if (s.cueAt(k, Lexicon.get(), CLAUSE_OPENERS) != null || roles.clauseBreak(k, k)) return k;
        }
        return s.tokens().size();
    }

    /** A negation after the verb in its clause: "beloofde niet", "beloofde geen tanks", "promised not to send"; not "not only". */
    private static boolean negatedAfter(Passage s, int from, int end) {
        for (Lexicon.Hit h : Lexicon.get().all(s, "negation")) {
            if (h.startToken() >= from && h.startToken() < end && StatementStance.negating(h.cue())) return true;
        }
        return false;
    }

    /** True when tokens from..end (exclusive) name goods (equipment, a count, money) or hold a word of {@link #GIVEN}. */
    private static boolean namesGiven(SentenceRoles roles, List<Mention> in, int from, int end) {
        Passage s = roles.passage();
        if (from >= end) return false;
        int start = s.tokens().get(from).start(), stop = s.tokens().get(end - 1).end();
        for (Mention m : in) {
            boolean goods = m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY || m.kind() == MentionKind.MONEY;
            if (goods && m.start() >= start && m.start() < stop) return true;
        }
        for (Lexicon.Hit hit : Lexicon.get().all(s, GIVEN)) {
            if (hit.startToken() >= from && hit.startToken() < end) return true;
        }
        return false;
    }
}
