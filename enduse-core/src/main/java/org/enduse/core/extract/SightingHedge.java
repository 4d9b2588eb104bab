package org.enduse.core.extract;

/**
 * A sighting the sentence does not assert: "Wie gelangen diese Waffen auf den Schwarzmarkt?", "the
 * fear that arms could end up on the black market", "risquent de se retrouver sur le marché noir",
 * "Пентагон отрицает уничтожение HIMARS". The labels take none of these as sightings.
 */
final class SightingHedge {
    private SightingHedge() {}

    /** Tokens before a sighting noun within which a denial verb denies the sighting itself ("denied destroying"). */
    private static final int DENIED_WITHIN = 2;

    /** Tokens after a market noun within which a modal or fear word still hedges it (a verb-final clause). */
    private static final int HEDGE_AFTER = 3;

    /**
     * True when a denial verb governs the sighting cue, or, for a black market, the sentence asks a
     * question or a fear, possibility or prevention word (stanceword {@code hedge}, data in the
     * lexicon) or a danger word stands before the market noun or just after it in its clause.
     * Arms on a black market are told as a topic and a worry far more often than as an event, and a
     * market noun stands far from the verb that brought the arms there, so a market cue is hedged by
     * such a word anywhere before it; another cue only by a denial next to it
     * ("Quelles armes la Russie a-t-elle capturées?" asks about captures it takes as given).
     */
    static boolean hedged(SentenceRoles roles, Lexicon.Hit cue, boolean market, Lexicon lexicon) {
        Passage s = roles.passage();
        if (deniedCue(roles, cue, lexicon) || deniedClaim(roles, cue, lexicon) || YesNoQuestion.asks(roles, cue, lexicon)) return true;
        if (!market) return false;
        if (s.asks()) return true;
        for (Lexicon.Hit h : lexicon.all(s, "stanceword")) {
            if (!h.cue().value().equals("hedge") && !h.cue().value().equals("danger")) continue;
            if (h.startToken() < cue.startToken()) return true;
            // "dass sie auf den Schwarzmarkt gelangen könnten"; not a later clause's own hedge ("sold on the black
            // market ... and rifles which are likely now for sale too").
            if (h.startToken() < cue.endToken() + HEDGE_AFTER && !roles.clauseBreak(cue.endToken(), h.startToken())) return true;
        }
        return false;
    }

    /**
     * "denied claims that it had captured Leopard tanks", "ontkende dat Russische troepen ... hadden buitgemaakt", "заперечив,
     * що ... використовували": a denial whose object is the clause telling the sighting (its "that", after a claim noun at
     * most), with no clause mark between that "that" and the sighting; not a denial the clause negates.
     */
    private static boolean deniedClaim(SentenceRoles roles, Lexicon.Hit cue, Lexicon lexicon) {
        Passage s = roles.passage();
        for (Lexicon.Hit denial : lexicon.all(s, "statement")) {
            // "did not deny that ...": a denial negated asserts the clause.
            if (!denial.cue().value().equals("denial") || denial.endToken() >= cue.startToken()
                    || roles.near(denial.startToken(), 3, 0, "negation")) continue;
            int k = denial.endToken();
            if (SentenceRoles.isArticle(s.tokens().get(k))) k++;
            Lexicon.Hit claim = k < cue.startToken() ? s.cueAt(k, lexicon, "stanceword") : null;
            if (claim != null && claim.cue().value().equals("claim")) k = claim.endToken();
            if (k < cue.startToken() && s.cueAt(k, lexicon, "complementizer") != null && !roles.clauseBreak(k + 1, cue.startToken())) return true;
        }
        return false;
    }

    /** "отрицает уничтожение", "denied destroying": a denial verb just before the cue in its clause. */
    private static boolean deniedCue(SentenceRoles roles, Lexicon.Hit cue, Lexicon lexicon) {
        Passage s = roles.passage();
        for (int k = cue.startToken() - 1; k >= Math.max(0, cue.startToken() - DENIED_WITHIN); k--) {
            if (roles.clauseBreak(k + 1, cue.startToken())) return false;
            Lexicon.Hit denial = s.cueAt(k, lexicon, "statement");
            if (denial != null && denial.cue().value().equals("denial") && denial.endToken() <= cue.startToken()) return true;
        }
        return false;
    }
}
