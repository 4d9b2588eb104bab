package org.enduse.core.extract;

import java.util.List;

/**
 * "Норвегія профінансує американську зброю для України", "Nederland financiert drones voor Oekraïne": a state that pays
 * for another's arms pledges them to it, read as a purchase for it ({@link Purchase}: the payer before the verb, the
 * state after "for" or in a Slavic dative). Paying is said of much besides arms (schools, refugees' housing, rebuilding),
 * and round 56's paying verbs, read as buying ones are, were taken back for it; so a funding verb (lexicon transfer, value
 * {@value #VALUE}) tells a transfer only in a sentence that names arms, with no negation before it or anywhere after it
 * in its clause ("не профінансує", "financiert geen wapens", "finanziert ... nicht"), no condition before it and no
 * question mark closing the sentence.
 */
final class FundedArms {
    static final String VALUE = "funding";
    /** Tokens before the verb a negation or condition is looked for: German and Dutch put the verb last in a clause. */
    private static final int BEFORE = 8;

    private FundedArms() {}

    static boolean is(Lexicon.Hit cue) {
        return cue.cue().value().equals(VALUE);
    }

    /** True when the cue is a funding verb that pledges no arms: none named, or negated, made a condition or asked. */
    static boolean tellsNothing(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        if (!is(cue)) return false;
        Passage s = roles.passage();
        int k = cue.startToken();
        return !NegatedArms.namesArms(s, in, Lexicon.get()) || roles.near(k, BEFORE, s.tokens().size(), "negation")
                || roles.near(k, BEFORE, 0, "conditional") || dutchIf(roles, k) || SightingHedge.question(s);
    }

    /**
     * "Als Nederland wapens voor Oekraïne financiert, ...": Dutch "als" opening the verb's clause makes it a condition. The
     * lexicon lists it among the subordinators, not the conditionals, as it also means "as"; before a funding verb it is
     * read as "if", which at worst leaves a pledge unread.
     */
    private static boolean dutchIf(SentenceRoles roles, int k) {
        Passage s = roles.passage();
        return s.language().equals("nl") && roles.cueBefore(k, BEFORE, "subordinator", h -> s.tokens().get(h.startToken()).folded().equals("als")) != null;
    }
}
