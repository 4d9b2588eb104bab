package org.enduse.core.extract;

/**
 * Ammunition among the lexicon's nouns of material: counted by a bare number it counts rounds
 * ("180 000 ammunition", "20.000 Artilleriemunition", "30.000 stuks bijbehorende munitie"), where
 * other material so counted ("Dieselkraftstoff") counts items, being measured by weight or volume
 * when it is measured at all. The labelling rule counts shells and cartridges in rounds in every
 * language; batches 31, 41 and 48 label "N ammunition" so three times and never as items.
 */
final class AmmunitionNouns {
    private AmmunitionNouns() {}

    /** Whether the folded noun of material is ammunition: "ammunition", "munitie", "боеприпасов", or a compound ending in it. */
    static boolean is(String folded) {
        return folded.startsWith("munit") || folded.startsWith("ammunit") || folded.startsWith("боеприпас") || folded.startsWith("боєприпас")
                || endsAsAmmunition(folded);
    }

    /** Whether the folded word ends as the German or Dutch word for ammunition: "artilleriemunition", "munitie". */
    static boolean endsAsAmmunition(String folded) {
        return folded.endsWith("munition") || folded.endsWith("munitie");
    }
}
