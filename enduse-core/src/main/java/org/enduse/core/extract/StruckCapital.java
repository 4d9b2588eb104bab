package org.enduse.core.extract;

import java.util.Map;
import java.util.Set;

/**
 * "de droneaanvallen op Moskou", "raketbombardementen op Kiev", "die Drohnenangriffe auf Moskau", "les
 * frappes de drones sur Moscou": a capital that attacks fall on is the city, where something happens,
 * not its government. English reads "attacks on Moscow" by "on", a preposition of place; Dutch "op",
 * German "auf" and French "sur"/"contre" are read as such only after a noun of attack (lexicon category
 * "attacknoun"). An attack may be made in words ("In zijn aanval op Washington verweet Moskou", "Der
 * Angriff auf Berlin kam vom Kreml", "les attaques verbales contre Berlin"), and then the capital stays
 * the government: a single attack named without its weapon in a sentence that condemns is the
 * condemnation, and a qualifier of words (category "attackqualifier") makes any attack one in words.
 */
final class StruckCapital {
    /** How many words may stand between the noun of attack and its preposition: "les frappes de drones sur". */
    private static final int REACH = 3;
    /** The shortest weapon a Dutch or German compound glues before its noun of attack: "luchtaanvallen". */
    private static final int MIN_WEAPON = 3;

    private static final Map<String, Set<String>> ON = Map.of("nl", Set.of("op"), "de", Set.of("auf"), "fr", Set.of("sur", "contre"));

    private StruckCapital() {}

    /** True when the capital at startToken follows a preposition that a noun of a blow governs. */
    static boolean struck(Passage p, int startToken) {
        int on = startToken - 1;
        if (on < 1 || !p.joined(startToken) || !ON.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(on).folded())) return false;
        Lexicon lexicon = Lexicon.get();
        for (int k = on - 1; k >= Math.max(0, on - REACH) && p.joined(k + 1); k--) {
            String word = p.tokens().get(k).folded();
            Cue noun = lexicon.word(word, p.language(), "attacknoun");
            if (noun != null) return blow(p, noun.value(), k, on, lexicon);
            // "droneaanvallen", "Raketenangriffe": the weapon glued on makes it a blow.
            if (lexicon.compoundTail(word, p.language(), "attacknoun", MIN_WEAPON, 5, cue -> true) != null) return true;
        }
        return false;
    }

    /**
     * Whether the noun of attack at token noun, with the words noun+1..on-1 between it and its preposition, tells a blow
     * of weapons: not when a word before or after it makes it an attack in words ("verbaler Angriff", "attaques
     * verbales"); a single attack named without its weapon ("l'attaque de drones sur") not in a sentence that
     * condemns ("In zijn aanval op Washington verweet Moskou", "Der Angriff auf Berlin kam vom Kreml: Moskau wirft
     * Berlin vor"), where it is the condemnation; "Rusland voerde een aanval op Kyiv uit" is a blow.
     */
    private static boolean blow(Passage p, String kind, int noun, int on, Lexicon lexicon) {
        if (noun > 0 && p.joined(noun) && qualifies(lexicon.at(p, noun - 1, "attackqualifier"))) return false;
        boolean weapon = false;
        for (int j = noun + 1; j < on; j++) {
            if (qualifies(lexicon.at(p, j, "attackqualifier"))) return false;
            weapon |= lexicon.at(p, j, "item", "materiel") != null;
        }
        return weapon || !kind.equals("attack") || !condemns(p, noun, lexicon);
    }

    private static boolean qualifies(Lexicon.Hit hit) {
        return hit != null && hit.cue().value().equals("words");
    }

    /** True when the sentence holding token k has a cue of condemnation or accusation ("verweet", "wirft ... vor", "accuse"). */
    private static boolean condemns(Passage p, int k, Lexicon lexicon) {
        int at = p.tokens().get(k).start();
        for (Sentences.Span sentence : Sentences.split(p.text(), p.start(), p.end())) {
            if (at < sentence.start() || at >= sentence.end()) continue;
            for (int j = 0; j < p.tokens().size(); j++) {
                Token t = p.tokens().get(j);
                if (t.start() < sentence.start() || t.end() > sentence.end()) continue;
                Lexicon.Hit cue = lexicon.at(p, j, "statement", "splitverb", "attackqualifier");
                if (cue != null && (cue.cue().value().equals("condemnation") || cue.cue().value().equals("accusation"))) return true;
            }
        }
        return false;
    }
}
