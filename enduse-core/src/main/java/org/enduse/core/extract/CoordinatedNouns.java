package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second noun joined to the counted one by "and" is counted with it when German, Russian or
 * Ukrainian puts it in the same case: "vier Schwerlastern und zugehörigen Aufliegern", "55 тысяч
 * перевязочных материалов и индивидуальных пакетов", "70 бойових машин і машин ...", or when it is
 * an equipment name, which has no case ("60 модернізованих Т-72 та PT-91 Twardy"). The labelling
 * rules count "what the counted are grouped with"; in these languages the shared case ending is what
 * tells a noun governed by the same number from one that begins a new phrase ("... und Munition",
 * "... та передала"). English, French and Dutch mark no case, and stay with "and other" (QuantityTail).
 */
final class CoordinatedNouns {
    private static final Set<String> CASE_MARKED = Set.of("de", "ru", "uk");
    /** Adjectives and participles before the second noun: "und zugehörigen", "и индивидуальных". */
    private static final int MAX_MODIFIERS = 2;
    /** Letters of the case ending two nouns in the same case share. */
    private static final int ENDING = 2;

    private CoordinatedNouns() {}

    /**
     * The token end of the last noun joined to the counted noun ending at {@code end}, or end when none is. A list
     * parted by commas counts when "and" closes it: "250 російських ракет, дронів і безпілотників" (batches 36 and 39,
     * Ukrainian and Russian, labelled whole).
     */
    static int after(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!CASE_MARKED.contains(p.language()) || end < 1) return end;
        int head = end - 1;
        int last = end;
        while (last + 1 < p.tokens().size() && p.separatedBy(last, ",") && sameCaseNoun(p, head, last)) last++;
        int closed = afterAnd(p, head, last, equipmentAt, hitAt);
        return closed > last ? closed : end;
    }

    /** The end of the noun after "and" at {@code end}, in the head's case, or end when none is. */
    private static int afterAnd(Passage p, int head, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (end + 1 >= t.size() || !p.joined(end) || !p.joined(end + 1) || !QuantityFinder.isAnd(p, t.get(end))) return end;
        for (int j = end + 1; j <= end + 1 + MAX_MODIFIERS && j < t.size() && p.joined(j); j++) {
            Token w = t.get(j);
            // "zweitausend Schuss Munition und vier Leopard 2A4": a number after "and" begins a count of its own.
            if (QuantityFinder.numeric(p, w, Lexicon.get()) || QuantityFinder.isDeterminer(p, w) || QuantityFinder.isConjunction(p, w)) return end;
            NameMatcher.Hit equipment = equipmentAt.get(j);
            // A name has no case ("Т-72 та PT-91 Twardy"); a common noun the dictionary lists must share the head's
            // ("пять вертолетов и боеприпасы для Градов", batch 38, ends at the helicopters).
            if (equipment != null) return Character.isLowerCase(w.text().charAt(0)) && !sameCaseNoun(p, head, j) ? end : equipment.endToken();
            if (hitAt.containsKey(j)) return end;
            if (sameCaseNoun(p, head, j)) return j + 1;
            if (!Character.isLowerCase(w.text().charAt(0)) || !w.text().chars().allMatch(Character::isLetter)) return end;
            // Before a Slavic noun only its adjectives, in the genitive plural too ("и индивидуальных пакетов"), not a
            // new phrase's noun ("40 ракет і боєприпаси для гармат").
            if (!p.language().equals("de") && !SentenceRoles.endsWithAny(w.folded(), "их", "ых", "іх")) return end;
        }
        return end;
    }

    /**
     * A noun in the case of the head at {@code head}: in German a capitalised one with its ending ("Schwerlastern und
     * zugehörigen Aufliegern", both dative plural); in Ukrainian and Russian a lower-case genitive plural a number
     * governs, with the head's ending ("материалов и индивидуальных пакетов", "машин і машин") or another genitive
     * plural ending ("ракет, дронів і безпілотників": none, "-ів", "-ів").
     */
    private static boolean sameCaseNoun(Passage p, int head, int j) {
        Token h = p.tokens().get(head), w = p.tokens().get(j);
        String a = h.folded(), b = w.folded();
        boolean sameEnding = a.length() >= ENDING + 2 && b.length() >= ENDING + 2 && a.regionMatches(a.length() - ENDING, b, b.length() - ENDING, ENDING);
        if (p.language().equals("de")) return sameEnding && h.isCapitalised() && w.isCapitalised();
        if (h.isCapitalised()) return false;
        if (sameEnding) return UnlistedNouns.pluralNoun(p.language(), w) || Lexicon.get().at(p, j, "item") != null;
        return genitivePlural(p, head) && genitivePlural(p, j);
    }

    /**
     * A Ukrainian or Russian genitive plural: a plural ending ("дронів", "беспилотников") or an item noun with none,
     * which ends in a consonant ("ракет"), where the nominative plural ends in a vowel ("ракеты", "боеприпасы").
     */
    private static boolean genitivePlural(Passage p, int j) {
        Token w = p.tokens().get(j);
        if (UnlistedNouns.pluralNoun(p.language(), w)) return true;
        String text = w.folded();
        return Character.isLowerCase(w.text().charAt(0)) && text.length() >= 4 && VOWELS.indexOf(text.charAt(text.length() - 1)) < 0
                && Lexicon.get().at(p, j, "item") != null;
    }

    /** Last letters no genitive plural ends in: the vowels and the soft sign. */
    private static final String VOWELS = "аеёиоуыэюяіїєь";
}
