package org.enduse.core.extract;

/**
 * "The delivery of F16 fighter jets to Ukraine has been postponed", "Levering van eerste Belgische F-16's aan Oekraïne
 * uitgesteld", "постачання наступних трьох систем планується", "die Deutschland für die Lieferung ... vorgesehen hat": a
 * delivery noun that its clause goes on to plan, schedule or put off names a delivery still to come, so it is pledged
 * although the noun alone reads as delivered. "wie geplant abgeschlossen", "as planned": what went to plan was done.
 * Lexicon: category "deferral" (value pledged, or asplanned for the comparison), looked for after the noun only.
 */
final class DeferredDelivery {
    /** How far after the noun the word may stand: "Levering van eerste Belgische F-16 's aan Oekraïne uitgesteld". */
    private static final int REACH = 10;

    private DeferredDelivery() {}

    static boolean after(SentenceRoles roles, Lexicon.Hit noun) {
        Passage s = roles.passage();
        int first = noun.endToken();
        for (int j = first; j < Math.min(s.tokens().size(), first + REACH); j++) {
            if (roles.clauseBreak(first, j)) return false;
            Lexicon.Hit hit = s.cueAt(j, Lexicon.get(), "deferral");
            // The comparison is met at its first word, before the participle it holds.
            if (hit != null) return hit.cue().value().equals("pledged");
        }
        return false;
    }
}
