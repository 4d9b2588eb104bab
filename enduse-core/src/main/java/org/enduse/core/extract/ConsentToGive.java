package org.enduse.core.extract;

/**
 * "Франция, Германия и США согласились передать", "Франція погодилася передати", "La Belgique a accepté d'envoyer",
 * "agreed to start providing": a state agreeing to give its own goods decides to give them, a pledge like approving its
 * own aid. A consent to another's giving or to a delivery noun ("погодилися на передачу", "agreed that Belgium could
 * send", "der Lieferung zugestimmt") has no giving verb right after it and stays `approved`. Lexicon: category
 * "consent", value verb (the agreeing word) and marker (the infinitive's "to", "de").
 */
final class ConsentToGive {
    /** The giving verb comes within this many tokens: "agreed to start providing". */
    private static final int REACH = 3;

    private ConsentToGive() {}

    /** True when the approval cue opens with an agreeing verb and a giving verb follows it, past a marker or a phase word. */
    static boolean own(Passage s, Lexicon.Hit cue) {
        Lexicon lexicon = Lexicon.get();
        Lexicon.Hit verb = s.cueAt(cue.startToken(), lexicon, "consent");
        if (verb == null || !verb.cue().value().equals("verb")) return false;
        int first = verb.endToken();
        for (int j = first; j < Math.min(s.tokens().size(), first + REACH); j++) {
            if (!s.joined(j)) return false;
            Lexicon.Hit marker = s.cueAt(j, lexicon, "consent");
            Lexicon.Hit phase = s.cueAt(j, lexicon, "phase");
            if (marker != null && marker.cue().value().equals("marker") || phase != null && phase.cue().value().equals("phase")) continue;
            Lexicon.Hit giving = s.cueAt(j, lexicon, "transfer");
            return giving != null && !giving.cue().value().equals("approved") && !giving.cue().value().equals("none");
        }
        return false;
    }
}
