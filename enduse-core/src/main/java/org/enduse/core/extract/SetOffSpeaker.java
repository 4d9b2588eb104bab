package org.enduse.core.extract;

import java.util.List;

/**
 * The speaker of a verb of saying who opens the clause set off by commas from a title or an apposition: "The First
 * Deputy Minister of Defense of Ukraine, Oleksandr Pavliuk, announced", "le Premier ministre britannique, Boris
 * Johnson, fit savoir", "Rishi Sunak, Prime Minister of the UK, has revealed", "Maria Zakharova, porte-parole du
 * ministère, a déclaré". The commas part the name from its verb, so {@link Speakers} does not read it as the verb's
 * subject; the real-report labellers of batches 53-66 credit it (docs/devset.md, round 57).
 *
 * @param person the name that speaks
 * @param credit its credit: the title, comma and name when the title stands before it, else the name as
 *               {@link TitledName#credit} writes it
 */
record SetOffSpeaker(Mention person, String credit) {
    /** Auxiliaries and adverbs that may stand between the closing comma and the verb: "has also revealed". */
    private static final int BETWEEN = 3;

    /** The set-off speaker of the verb at token {@code verb}, or null when none stands so. */
    static SetOffSpeaker before(SentenceRoles roles, List<Mention> in, int verb, Lexicon lexicon) {
        Passage s = roles.passage();
        int close = closingComma(s, verb, lexicon);
        if (close < 0) return null;
        // "The First Deputy Minister of Defense of Ukraine, Oleksandr Pavliuk, announced".
        int comma = s.tokens().get(close - 1).end();
        for (Mention m : in) {
            String titled = m.end() == comma ? TitledName.clauseBeforeComma(roles, m, in, lexicon) : null;
            if (titled != null) return new SetOffSpeaker(m, titled);
        }
        // "Rishi Sunak, Prime Minister of the UK, has revealed".
        Mention named = Appositive.speakerBefore(s, close, in, lexicon);
        if (named == null || named.kind() != MentionKind.PERSON) return null;
        String credit = TitledName.credit(s, named, in, lexicon);
        return opensClause(roles, named.end() - credit.length()) ? new SetOffSpeaker(named, credit) : null;
    }

    /** The token after the comma before the verb, only auxiliaries and adverbs standing from it to the verb ("…, has also revealed"); -1 when none. */
    private static int closingComma(Passage s, int verb, Lexicon lexicon) {
        for (int k = verb; k > 0 && k >= verb - BETWEEN; k--) {
            if (s.joined(k)) continue;
            boolean comma = s.between(s.tokens().get(k - 1).end(), s.tokens().get(k).start()).strip().equals(",");
            return comma && reaches(s, k, verb, lexicon) ? k : -1;
        }
        return -1;
    }

    /** True when the phrase starting at the offset opens the sentence or follows a clause mark ("In February 2023, Colin Khal"). */
    private static boolean opensClause(SentenceRoles roles, int offset) {
        int first = SentenceRoles.firstEndingAfter(roles.passage(), offset);
        return first == 0 || roles.clauseBreak(first, first);
    }

    /** True when only auxiliaries and adverbs (the lexicon's {@code between} words) stand from token k to the verb. */
    private static boolean reaches(Passage s, int k, int verb, Lexicon lexicon) {
        int first = k;
        for (int words = 0; k < verb; words++) {
            Lexicon.Hit word = k == first || s.joined(k) ? s.cueAt(k, lexicon, "between") : null;
            if (words == BETWEEN || word == null || word.endToken() > verb) return false;
            k = word.endToken();
        }
        return k == first || s.joined(verb);
    }
}
