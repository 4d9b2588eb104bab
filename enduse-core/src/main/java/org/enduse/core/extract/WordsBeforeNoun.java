package org.enduse.core.extract;

import java.util.List;
import java.util.Map;

/**
 * Which words may stand between a number and the noun it counts ("sieben versprochenen Geschütze",
 * "three of the additional requested PzH2000s"), and which gaps between tokens still join them.
 */
final class WordsBeforeNoun {
    private WordsBeforeNoun() {}

    /**
     * A word between a number and what it counts: an adjective or participle ("versprochenen",
     * "zugesagten", "additional requested"), "of the", a demonym, a type name the dictionary does
     * not know ("20 Swiss-made Piranha tanks", "580 Phoenix Coast tactical drones"); not another
     * number, a name of something else, a speech verb, a preposition of place or recipient, "and",
     * a measure, or a word opening a clause ("que", "which"). German capitalises every noun, so there an unknown capitalised word must stand
     * right before the noun ("zwei türkische Kirpi Truppentransporter").
     */
    static boolean mayStandBetween(Passage p, int j, Map<Integer, NameMatcher.Hit> hitAt, Map<Integer, NameMatcher.Hit> equipmentAt,
                                   Lexicon lexicon) {
        Token t = p.tokens().get(j);
        NameMatcher.Hit name = hitAt.get(j);
        // "veertien Duitse Leopard 2A6-tanks", "18 немецких танков", "14 UK-made Challenger 2 tanks", and a demonym of two
        // words ("10,000 North Korean soldiers"), whose second word then passes as a capitalised word.
        if (name != null && name.name().kind() == NameKind.COUNTRY && (name.endToken() == j + 1 || demonymOfWords(p, name))) return true;
        // "100 MP-2 anti-aircraft guns": the number of an unknown designation.
        if (t.isNumeric() && j > 0 && p.tokens().get(j - 1).end() + 1 == t.start() && p.text().charAt(t.start() - 1) == '-'
                && p.tokens().get(j - 1).isCapitalised()) {
            return true;
        }
        if (QuantityFinder.isConjunction(p, t)) return truncatedCompoundBefore(p, j) || coordinatesModifiers(p, j, lexicon);
        if (name != null || QuantityFinder.numeric(p, t, lexicon)) return false;
        // "п'ять великих контрактів з Департаментом ...": a Slavic preposition starts a phrase of its own.
        if (p.ukrainianOrRussian() && SentenceRoles.isSlavicPreposition(t.folded())) return false;
        if (GermanParticiplePhrase.opensAt(p, j)) return true;
        // "les deux parties utilisent des canons lourds": a French verb ends the phrase of the number, which counted the word before it.
        // Not the relative "dont", which only ends like one: "60 VCI dont des Bradley" reads on to the designation, and its
        // transfer takes the count (a review sentence of round 57).
        if (p.language().equals("fr") && FrenchNounPhrase.verbByEnding(t.folded()) && !t.folded().equals("dont")) return false;
        // "sur les 37 que les Forces armées possèdent": a word opening a clause ends the count at its number.
        if (lexicon.at(p, j, "unit", "speech", "statement", "inquiry", "to", "loc", "measure", "complementizer", "relpronoun") != null) return false;
        if (!t.isCapitalised()) return true;
        if (!p.language().equals("de")) return true;
        int next = j + 1;
        // "40 Luft-Boden-Raketen", "5 Reparatur- und Bergefahrzeuge": a part of a compound waits for the compound's last part.
        if (QuantityTail.hyphenGlued(p, next) || next < p.tokens().size() && truncatedCompoundBefore(p, next)) return true;
        return next < p.tokens().size() && joinedOrQuoted(p, next) && (lexicon.at(p, next, "item") != null || equipmentAt.containsKey(next)
                || CompoundItems.unit(p, next, lexicon) != null);
    }

    /**
     * "North Korean", "South African": a country's name in several capitalised words, written
     * together, stands before the noun as a one-word demonym does.
     */
    private static boolean demonymOfWords(Passage p, NameMatcher.Hit name) {
        for (int k = name.startToken() + 1; k < name.endToken(); k++) if (!p.joined(k) || !p.tokens().get(k).isCapitalised()) return false;
        return true;
    }

    /**
     * "360 тисяч протипіхотних та протитанкових мін", "40 trained and equipped soldiers": "and"
     * between two lower-case modifiers of the one noun counted. Not after the number itself ("2022 и
     * танки"), before another number, or after a noun.
     */
    private static boolean coordinatesModifiers(Passage p, int j, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (j + 1 >= t.size() || !p.joined(j + 1)) return false;
        // A noun before "and" ends what is counted: "four HIMARS rocket launchers and ammunition".
        return lowerCaseWord(p, t.get(j - 1), lexicon) && lowerCaseWord(p, t.get(j + 1), lexicon) && lexicon.at(p, j - 1, "item") == null;
    }

    /**
     * "Reparatur- und Bergefahrzeuge", "lucht- en raketverdediging": token j, "and" or "or", follows a
     * compound cut short by a hyphen, whose last part the next compound lends it.
     */
    private static boolean truncatedCompoundBefore(Passage p, int j) {
        if (j <= 0 || !QuantityFinder.isConjunction(p, p.tokens().get(j))) return false;
        String gap = p.between(p.tokens().get(j - 1).end(), p.tokens().get(j).start());
        return gap.length() >= 2 && gap.charAt(0) == '-' && gap.substring(1).isBlank();
    }

    private static boolean lowerCaseWord(Passage p, Token t, Lexicon lexicon) {
        return Character.isLowerCase(t.text().charAt(0)) && !QuantityFinder.numeric(p, t, lexicon);
    }

    /** Only spaces, hyphens, apostrophes or quotes between token k-1 and k: "zwei »Leoparden«". */
    static boolean joinedOrQuoted(Passage p, int k) {
        if (p.joined(k)) return true;
        if (k <= 0 || k >= p.tokens().size()) return false;
        for (int i = p.tokens().get(k - 1).end(); i < p.tokens().get(k).start(); i++) {
            char c = p.text().charAt(i);
            if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0 && c != '-') return false; // "„Strela“-Panzerabwehrraketen"
        }
        return true;
    }

    private static final String QUOTES = "\"«»„“”‚‘’›‹";
}
