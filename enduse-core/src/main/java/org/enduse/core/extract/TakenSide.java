package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/**
 * The side captured goods were taken from, read off the goods themselves: a country word standing on
 * them ("два російських трофейних танка", "een veroverde Russische tank", "russische Beutewaffen",
 * "U.S. Bradleys Captured") or a force they belong to ("Fahrzeuge der ukrainischen Armee erbeutet").
 * Such a word names whose goods they were or who made them, never the captor (docs/devset.md
 * "Labelling rules": for a capture the captor, never the side it was taken from). When the sentence
 * names no captor, goods taken from one side of a war (belligerents.tsv) were captured by the other: Russian
 * trophies are Ukraine's, as the labellers read "трофейну техніку" and "buitgemaakte Russische tank".
 */
final class TakenSide {
    private TakenSide() {}

    /** Genitive articles between goods and the force they belong to ("Fahrzeuge der ukrainischen Armee"). */
    private static final Set<String> GENITIVE = Set.of("der", "des");
    /** Count words among the arms nouns: "Russische Einheiten" are troops, not goods (folded). */
    private static final Set<String> UNITS = Set.of("units", "eenheden", "unites", "einheiten", "единиц", "одиниць");
    private static final String CAPTURED = "captured";
    private static final String PERSONS = "PERSONS";

    /**
     * True when the country or force stands on the goods: right before an arms noun or a designation,
     * a capture word between allowed ("російських трофейних танка"), or right after one in the genitive.
     */
    static boolean onGoods(SentenceRoles roles, Mention m, List<Mention> in) {
        if (m.kind() != MentionKind.COUNTRY && !m.mayHold()) return false;
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        // The first token after the mention: "U.S." ends with a dot that no token holds.
        int next = SentenceRoles.firstStartingFrom(s, m.end());
        // Only spaces between the word and what follows, or the dot of an abbreviation ("U.S. Bradleys"):
        // a passage is one sentence, so a dot inside it ends no sentence.
        if (next < s.tokens().size() && s.between(m.end(), s.tokens().get(next).start()).replace(".", "").isBlank()) {
            Lexicon.Hit cue = s.cueAt(next, lexicon, "sighting");
            boolean captureWord = cue != null && cue.startToken() == next && cue.cue().value().equals(CAPTURED);
            int goods = captureWord ? cue.endToken() : next;
            if ((!captureWord || s.joined(goods)) && goodsAt(s, goods, in)) return true;
        }
        int first = roles.firstToken(m);
        return first >= 2 && s.joined(first) && s.joined(first - 1) && GENITIVE.contains(s.tokens().get(first - 1).folded())
                && goodsEndingAt(s, first - 1, in);
    }

    /**
     * The captor a capture implies when its sentence names none: the other side of the war, when the
     * goods stand under one side's name. Null otherwise (goods under a maker's name, "U.S. Bradleys").
     */
    static String captorOfTaken(SentenceRoles roles, List<Mention> in) {
        for (Mention m : in) {
            if (!onGoods(roles, m, in)) continue;
            // What one side of a war captures it takes from the other (belligerents.tsv).
            String side = SightingParties.countryOf(m);
            String other = side == null ? null : Belligerents.onlyEnemyOf(side);
            if (other != null) return other;
        }
        return null;
    }

    /** An arms noun ("танка", "tank", "Ausrüstung") or a designation starts at token k. */
    private static boolean goodsAt(Passage s, int k, List<Mention> in) {
        if (k >= s.tokens().size()) return false;
        Lexicon.Hit item = s.cueAt(k, Lexicon.get(), "item", "materiel");
        if (item != null && item.startToken() == k && !item.cue().value().equals(PERSONS)
                && !UNITS.contains(s.tokens().get(k).folded())) return true;
        int at = s.tokens().get(k).start();
        for (Mention m : in) if (m.kind() == MentionKind.EQUIPMENT && m.start() == at) return true;
        return false;
    }

    /** An arms noun or a designation ends right before token end. */
    static boolean goodsEndingAt(Passage s, int end, List<Mention> in) {
        for (int start = end - 1; start >= Math.max(0, end - 3); start--) {
            Lexicon.Hit item = s.cueAt(start, Lexicon.get(), "item", "materiel");
            if (item != null && item.endToken() == end && !item.cue().value().equals(PERSONS)) return true;
        }
        int at = s.tokens().get(end - 1).end();
        for (Mention m : in) if (m.kind() == MentionKind.EQUIPMENT && m.end() == at) return true;
        return false;
    }
}
