package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "de droneaanvallen op Moskou", "raketbombardementen op Kiev", "die Drohnenangriffe auf Moskau", "les
 * frappes de drones sur Moscou": a capital that attacks fall on is the city, where something happens,
 * not its government. English reads "attacks on Moscow" by "on", a preposition of place; Dutch "op",
 * German "auf" and French "sur" are read as such only after a noun of attack. Dutch and German glue
 * the weapon to that noun, so the noun is known by how it ends.
 */
final class StruckCapital {
    /** How many words may stand between the noun of attack and its preposition: "les frappes de drones sur". */
    private static final int REACH = 3;

    private static final Map<String, List<String>> ATTACK_ENDS = Map.of(
            "nl", List.of("aanval", "aanvallen", "bombardement", "bombardementen", "beschieting", "beschietingen"),
            "de", List.of("angriff", "angriffe", "angriffen", "beschuss", "bombardement", "bombardements"),
            "fr", List.of("attaque", "attaques", "frappe", "frappes", "bombardement", "bombardements"));

    private static final Map<String, Set<String>> ON = Map.of("nl", Set.of("op"), "de", Set.of("auf"), "fr", Set.of("sur", "contre"));

    private StruckCapital() {}

    /** True when the capital at startToken follows a preposition that a noun of attack governs. */
    static boolean struck(Passage p, int startToken) {
        int on = startToken - 1;
        if (on < 1 || !p.joined(startToken) || !ON.getOrDefault(p.language(), Set.of()).contains(p.tokens().get(on).folded())) return false;
        List<String> ends = ATTACK_ENDS.get(p.language());
        for (int k = on - 1; k >= Math.max(0, on - REACH) && p.joined(k + 1); k--) {
            String word = p.tokens().get(k).folded();
            if (ends.stream().anyMatch(word::endsWith)) return true;
        }
        return false;
    }
}
