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

    /** The token end of the second noun joined to the counted noun ending at {@code end}, or end when none is. */
    static int after(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (!CASE_MARKED.contains(p.language()) || end < 1 || end + 1 >= t.size() || !p.joined(end) || !p.joined(end + 1)
                || !QuantityFinder.isAnd(p, t.get(end))) {
            return end;
        }
        Token head = t.get(end - 1);
        for (int j = end + 1; j <= end + 1 + MAX_MODIFIERS && j < t.size() && p.joined(j); j++) {
            Token w = t.get(j);
            // "zweitausend Schuss Munition und vier Leopard 2A4": a number after "and" begins a count of its own.
            if (QuantityFinder.numeric(p, w, Lexicon.get()) || QuantityFinder.isDeterminer(p, w) || QuantityFinder.isConjunction(p, w)) return end;
            NameMatcher.Hit equipment = equipmentAt.get(j);
            if (equipment != null) return equipment.endToken();
            if (hitAt.containsKey(j)) return end;
            if (sameCaseNoun(p, head, j)) return j + 1;
            if (!Character.isLowerCase(w.text().charAt(0)) || !w.text().chars().allMatch(Character::isLetter)) return end;
        }
        return end;
    }

    /**
     * A noun with the head's case ending: in German a capitalised one ("Schwerlastern und zugehörigen
     * Aufliegern", both dative plural); in Ukrainian and Russian a lower-case genitive plural a number
     * governs ("материалов и индивидуальных пакетов") or an item noun ("машин і машин").
     */
    private static boolean sameCaseNoun(Passage p, Token head, int j) {
        Token w = p.tokens().get(j);
        String a = head.folded(), b = w.folded();
        if (a.length() < ENDING + 2 || b.length() < ENDING + 2 || !a.regionMatches(a.length() - ENDING, b, b.length() - ENDING, ENDING)) return false;
        if (p.language().equals("de")) return head.isCapitalised() && w.isCapitalised();
        return !head.isCapitalised() && (UnlistedNouns.pluralNoun(p.language(), w) || Lexicon.get().at(p, j, "item") != null);
    }
}
