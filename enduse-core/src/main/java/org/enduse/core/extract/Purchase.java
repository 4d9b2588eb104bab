package org.enduse.core.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "Nederland koopt artilleriegranaten voor Oekraïne", "buys shells for Ukraine", "für die Ukraine
 * kaufen": a state that buys arms for another pledges them to it, whether the seller is a firm or a
 * third state. Buying for itself ("Poland buys Abrams tanks from the US") is no transfer, so a
 * purchase needs its recipient marked by "for" ("voor", "pour", "für", "для") or a Slavic dative,
 * not by a "to" that belongs to another verb ("Equipment Provided to Ukraine, purchased out of ...").
 * The buyer is the clause's subject, the first country named: the nationality of the goods or of the
 * firm sold from stands nearer the verb ("om Amerikaanse wapens voor Oekraïne te kopen", "bij een
 * Tsjechisch bedrijf ... kopen") and sells. The lexicon lists the verbs under transfer with the
 * value {@value #VALUE}.
 */
final class Purchase {
    static final String VALUE = "purchase";
    /** "for" in the six languages, folded as tokens are ("für" loses its umlaut). */
    private static final Set<String> FOR = Set.of("for", "voor", "pour", TextFolding.fold("für"), "для");
    /** Slavic prepositions of place before a name in a dative-looking case ("в Україну", "у Польщу"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("до", "в", "у", "во");

    private Purchase() {}

    static boolean is(Lexicon.Hit cue) {
        return cue.cue().value().equals(VALUE);
    }

    /**
     * True when the cue is a purchase that tells no transfer: nothing marks whom the goods are bought
     * for, or nobody buys ("Gespräche über den Kauf von Waffen für die Ukraine" are talks, not a pledge).
     */
    static boolean tellsNothing(Lexicon.Hit cue, Mention recipient, List<Mention> buyers) {
        return is(cue) && (recipient == null || buyers.isEmpty());
    }

    /** Whom the goods are bought for: the first state after "for" (an article between), else a Slavic dative. */
    static Mention beneficiary(SentenceRoles roles, List<Mention> in) {
        Passage s = roles.passage();
        Mention dative = null;
        for (Mention m : in) {
            if (!SentenceRoles.isState(m)) continue;
            int k = roles.firstToken(m) - 1;
            while (k >= 0 && SentenceRoles.isArticle(s.tokens().get(k))) k--;
            if (k >= 0 && FOR.contains(s.tokens().get(k).folded())) return m;
            // "закупили Україні снаряди": the Slavic dative, with no preposition before it.
            boolean prepositionBefore = k >= 0 && PLACE_PREPOSITIONS.contains(s.tokens().get(k).folded());
            if (dative == null && s.ukrainianOrRussian() && roles.isRecipient(m) && !prepositionBefore) dative = m;
        }
        return dative;
    }

    /**
     * The buyer: the first country named before the verb that is not the recipient. A body is not
     * read as the buyer: a bare "ministerie van Defensie" may be any state's, and a purchase read for
     * the wrong state is a pledge nobody made.
     */
    static Mention buyer(SentenceRoles roles, List<Mention> in, int cueToken, Mention recipient) {
        int cueStart = roles.passage().tokens().get(cueToken).start();
        String recipientCode = SentenceRoles.countryOf(recipient);
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            // A capital first in the sentence is the dateline ("BRUSSEL (ANP) - Nederland koopt ..."), not the buyer.
            if (m.kind() == MentionKind.COUNTRY && m != recipient && !roles.isRecipient(m) && !roles.isLocation(m) && !roles.isSource(m)
                    && !roles.isOpponent(m) && !Objects.equals(SentenceRoles.countryOf(m), recipientCode)) {
                return m;
            }
        }
        return null;
    }
}
