package org.enduse.core.extract;

/**
 * A giving asked of someone: "Zelensky asked Western countries to send more weapons", "Oekraïne heeft België gevraagd
 * brandstof te leveren", "Die Ukraine hat Polen gebeten, mehr Munition zu liefern". The tuning labels read such a
 * request as no transfer (docs/devset.md, "Round 20, requests"): the asker gives nothing and the asked state has
 * promised nothing yet, so {@link TransferFinder} reads no transfer from the giving verb.
 */
final class RequestedGiving {
    /** Words between the request and the giving verb: the asked party, the goods and an infinitive marker. */
    private static final int REACH = 8;
    /** Words between the request and the comma that opens its infinitive clause: "hat Polen darum gebeten,". */
    private static final int BEFORE_COMMA = 3;

    private RequestedGiving() {
    }

    /** True when a request word stands before the giving cue in its clause, or closes the clause its infinitive depends on. */
    static boolean asked(SentenceRoles roles, Lexicon.Hit cue) {
        int k = cue.startToken();
        if (roles.near(k, REACH, 0, "request")) return true;
        if (!TransferParties.infinitive(roles.passage(), cue)) return false;
        // German and Dutch set the infinitive clause off with a comma: "gebeten, mehr Munition zu liefern".
        for (int j = k; j > Math.max(0, k - REACH); j--) {
            if (roles.clauseBreak(j, j)) return requestEndsAt(roles, j);
        }
        return false;
    }

    /** A request word ending right before token {@code end}, within a few words and in one clause. */
    private static boolean requestEndsAt(SentenceRoles roles, int end) {
        Passage s = roles.passage();
        for (int i = end - 1; i >= Math.max(0, end - BEFORE_COMMA); i--) {
            if (i < end - 1 && roles.clauseBreak(i + 1, end - 1)) return false;
            Lexicon.Hit hit = s.cueAt(i, Lexicon.get(), "request");
            if (hit != null && hit.endToken() <= end) return true;
        }
        return false;
    }
}
