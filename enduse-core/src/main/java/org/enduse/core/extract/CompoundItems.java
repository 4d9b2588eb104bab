package org.enduse.core.extract;

import java.util.Set;

/**
 * Dutch and German write a count's noun into one word with what qualifies it ("200
 * antitankwapens", "Luftverteidigungssystemen"): such a word counts as its last part, an item noun
 * of the lexicon, found by {@link Lexicon#compoundTail}.
 */
final class CompoundItems {
    /** Languages that write compounds as one word, so "antitankwapens" ends in an item noun. */
    private static final Set<String> COMPOUNDING = Set.of("nl", "de");

    private CompoundItems() {}

    /** The unit counted by a compound ending in an item noun ("luchtafweervoertuigen", "Luftverteidigungssystemen"), or null. */
    static String unit(Passage p, int j, Lexicon lexicon) {
        if (!COMPOUNDING.contains(p.language())) return null;
        String word = p.tokens().get(j).folded();
        Cue cue = lexicon.compoundTail(word, p.language(), "item", 1, 5, c -> true);
        if (cue == null) return null;
        // "1,8 Millionen Munitionseinheiten" (batch 63): pieces of ammunition glued into one word are rounds, as "Stück Munition" are.
        if (cue.value().equals("ITEMS") && PiecesOf.ofAmmunition(word)) return "ROUNDS";
        if (!cue.value().equals("MATERIAL")) return cue.value();
        // "20.000 Artilleriemunition": a number right before a compound of ammunition counts its rounds;
        // other material ("Dieselkraftstoff") is counted by a measure, so a bare number counts items.
        return AmmunitionNouns.is(word) ? "ROUNDS" : "ITEMS";
    }

    /** A German or Dutch compound ending in a noun of material ("Artilleriemunition", "artilleriemunitie"). */
    static boolean material(Passage p, int j, Lexicon lexicon) {
        return COMPOUNDING.contains(p.language())
                && lexicon.compoundTail(p.tokens().get(j).folded(), p.language(), "item", 1, 5, c -> c.value().equals("MATERIAL")) != null;
    }
}
