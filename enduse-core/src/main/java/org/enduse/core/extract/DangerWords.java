package org.enduse.core.extract;

import java.util.List;

/**
 * "pointed to the threats posed by the increased supply of weapons", "a souligné les dangers",
 * "neemt een enorm risico als er F-16's naar Oekraïne gaan", "jugé inacceptable ... avec des armes":
 * a speaker for a government who calls arms or their supply a danger condemns them, whatever verb
 * reports it. The words must name arms or their supply (a threat alone may be the war's) and the danger must not
 * be negated ("no risk of diversion" assures).
 */
final class DangerWords {
    private DangerWords() {}

    /** True when a danger word not negated stands at or after token from and the sentence names arms. */
    static boolean condemnArms(SentenceRoles roles, List<Mention> actors, int from, Lexicon lexicon) {
        Passage s = roles.passage();
        for (Lexicon.Hit h : lexicon.all(s, "stanceword")) {
            if (h.startToken() >= from && h.cue().value().equals("danger") && !roles.near(h.startToken(), 3, 0, "negation")) {
                // "Die Lieferungen sind eine Gefahr": a supply named is arms named.
                return NegatedArms.namesArms(s, actors, lexicon) || !lexicon.all(s, "transfer").isEmpty() || armsCompound(s, lexicon);
            }
        }
        return false;
    }

    /** German and Dutch join the arms to their supply in one word: "Waffenlieferungen", "wapenleveringen". */
    private static boolean armsCompound(Passage s, Lexicon lexicon) {
        if (!s.language().equals("de") && !s.language().equals("nl")) return false;
        for (Token t : s.tokens()) {
            String folded = t.folded();
            for (int cut = 4; cut + 4 <= folded.length(); cut++) {
                Cue head = lexicon.word(folded.substring(0, cut), s.language(), "item");
                if (head != null && !head.value().equals("PERSONS")) return true;
            }
        }
        return false;
    }
}
