package org.enduse.core.extract;

import java.util.Set;

/**
 * "30.000 stuks bijbehorende munitie", "3,5 тыс. единиц стрелкового оружия", "500 Stück Munition",
 * "100 units of armored vehicles", "68 unités d'équipement américain": a word for pieces counts the
 * noun after it, which says what is counted and in which unit (the labelling rule's "to the end of
 * what is counted").
 */
final class PiecesOf {
    /** How many lower-case words may stand between the pieces and their noun ("bijbehorende", "стрелкового"). */
    private static final int MAX_MODIFIERS = 2;
    /**
     * Words for pieces, as folded ("Stück" is "stuck"), the lexicon's words for copies of a model
     * ("18 exemplaires de ce canon", "Exemplare", "exemplaren") and units of materiel ("one unit of
     * NASAMS", "32 unités de divers équipements blindés"; round 50: the pool labels the noun after "units
     * of" at 8 of its 9 counts, the ninth stopping at an article), which count the noun after them as well.
     * Units of an army ("two units of the 47th brigade") name no item after them and stay as they were.
     */
    private static final Set<String> PIECES = Set.of("stuks", "stuk", "stuck", "pieces", "единиц", "единицы", "одиниць", "одиниці", "sztuk",
            "exemplaires", "exemplare", "exemplaren", "units", "unit", "unites", "unite", "einheiten", "eenheden");

    /**
     * Whether a German or Dutch compound is ammunition glued to a word for pieces ("munitionseinheiten", "munitiestuks"):
     * what stands before the pieces, less a linking "s", must end as the word for ammunition, so that
     * "Munitionstransporteinheiten" (vehicles) or "Munitionslagereinheiten" (depots) stay items.
     */
    static boolean ofAmmunition(String folded) {
        for (String piece : PIECES) {
            if (folded.length() <= piece.length() || !folded.endsWith(piece)) continue;
            String head = folded.substring(0, folded.length() - piece.length());
            if (head.endsWith("s")) head = head.substring(0, head.length() - 1);
            if (AmmunitionNouns.endsAsAmmunition(head)) return true;
        }
        return false;
    }

    /** What a count of pieces counts: the token after its noun and the noun's unit. */
    record Counted(int end, String unit) {}

    private PiecesOf() {}

    /** The noun the pieces word ending at token end-1 counts, or null when that word names no pieces or no noun follows. */
    static Counted after(Passage p, int end) {
        if (end < 1 || end >= p.tokens().size() || !PIECES.contains(p.tokens().get(end - 1).folded())) return null;
        Lexicon lexicon = Lexicon.get();
        if (p.joined(end) && QuantityTail.isOf(p.tokens().get(end).folded())) end++; // "pieces of ammunition"
        int modifiers = 0;
        for (int k = end; modifiers <= MAX_MODIFIERS && k < p.tokens().size() && p.joined(k); k++) {
            // "14 exemplaires issus des équipements" (batch 19): an article starts another phrase, which says where they came from.
            if (QuantityFinder.isDeterminer(p, p.tokens().get(k))) break;
            // "5.000 exemplaires par l'armée suédoise" (batch 59): a French preposition other than the "de" of what the pieces
            // are of opens a phrase of its own, which says by whom or for what; the pieces counted what was named before.
            if (FrenchNounPhrase.isPreposition(p, p.tokens().get(k)) && !QuantityTail.isOf(p.tokens().get(k).folded())) break;
            // "2,5 тысяч единиц различного вооружения", "40 одиниць техніки": materiel in pieces is items too.
            Lexicon.Hit item = lexicon.at(p, k, "item", "materiel");
            // "55 тысяч единиц зимней военной одежды": clothing, not soldiers.
            int adjectiveOf = item != null ? HeadNouns.nounAfterPersonsAdjective(p, item, lexicon) : -1;
            if (adjectiveOf > 0) return new Counted(adjectiveOf, HeadNouns.unitOfNounAfterAdjective(p, adjectiveOf - 1));
            if (item != null) return new Counted(item.endToken(), unit(p, k, item));
            // "800.000 Stück Artilleriemunition" (batch 34): a German or Dutch compound whose last part is an item noun.
            String compound = CompoundItems.unit(p, k, lexicon);
            if (compound != null) return new Counted(k + 1, compound);
            // "30 pieces of Western-made heavy equipment" (batches 17, 18): a compound adjective glued by a hyphen is one
            // modifier, whatever the case of its first part.
            boolean compoundStart = QuantityTail.hyphenGlued(p, k + 1);
            if (!compoundStart && !Character.isLowerCase(p.tokens().get(k).text().charAt(0))) break;
            if (compoundStart && lexicon.at(p, k + 1, "item", "materiel") == null) k++;
            modifiers++;
        }
        return null;
    }

    /** Ammunition counted in pieces is rounds; other material in pieces is items. */
    private static String unit(Passage p, int k, Lexicon.Hit item) {
        if (!item.cue().value().equals("MATERIAL")) return item.cue().value();
        return AmmunitionNouns.is(p.tokens().get(k).folded()) ? "ROUNDS" : "ITEMS";
    }
}
