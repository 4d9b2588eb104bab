package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Von 690 Abgeordneten stimmten 495 dagegen", "Of the 12 drones, nine were shot down", "Sur les 30
 * chars, six sont arrivés", "Из 60 танков 20 ...": a sentence that opens with the whole ("of" and a
 * count) and then gives a number alone takes a part of that whole, as "davon" or "dont" do.
 */
final class WholeNamedFirst {
    /** "of" before the whole, as folded, that a sentence opens with. */
    private static final Map<String, Set<String>> OF = Map.of("en", Set.of("of", "out"), "nl", Set.of("van"), "fr", Set.of("sur", "parmi"),
            "de", Set.of("von"), "uk", Set.of("з", "із", "зі"), "ru", Set.of("из"), "pl", Set.of("z", "spośród"));

    private WholeNamedFirst() {}

    /** whole (a count) opens number's sentence after "of" (and maybe "the"), and no sentence ends between them. */
    static boolean before(Passage p, Mention whole, NumberSpan number) {
        List<Token> t = p.tokens();
        int first = SentenceRoles.firstEndingAfter(p, whole.start());
        if (first <= 0 || first >= t.size() || t.get(first).start() != whole.start()) return false;
        int of = first - 1;
        if (QuantityFinder.isDeterminer(p, t.get(of)) && of > 0) of--; // "Of the 12 drones", "Sur les 30 chars"
        if (!OF.getOrDefault(p.language(), Set.of()).contains(t.get(of).folded()) || !NumbersThatCountNothing.sentenceStart(p, t.get(of).start())) return false;
        // "..., 12 Prozent enthielten sich": a number with a measure after it is no part of the whole.
        int next = number.endToken();
        if (p.between(number.end(), Math.min(p.end(), number.end() + 2)).strip().startsWith("%")
                || next < t.size() && p.joined(next) && Lexicon.get().at(p, next, "measure", "unit", "currency", "rate") != null) return false;
        String between = p.between(whole.end(), number.start());
        for (int i = 0; i < between.length(); i++) if (".!?;".indexOf(between.charAt(i)) >= 0) return false;
        return true;
    }
}
