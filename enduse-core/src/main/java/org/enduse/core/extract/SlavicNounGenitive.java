package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "три реактивні системи залпового вогню", "130 систем портативного отопления", "п'ять військових автобусів
 * швидкої допомоги": in Ukrainian and Russian an adjective and a noun in the genitive singular right after a
 * counted common noun make one term with it (rocket launchers, heaters, ambulances), so they belong to what is
 * counted (the rules' "to the end of what is counted"). The tuning labels of batches 12-31 take such a pair in
 * 21 times and leave it out where it follows a designation ("две системы ПВО NASAMS американского производства"),
 * opens with a demonstrative ("дві системи IRIS-T цього року") or stands after punctuation.
 */
final class SlavicNounGenitive {
    /** Genitive singular endings of adjectives, as folded: masculine and neuter, then feminine. */
    private static final String[] GENITIVE_ADJECTIVE = {"ого", "его", "ього", "ої", "ьої", "ой", "ей"};
    /** Demonstratives and pronouns with those endings, which point at something else rather than describe the noun. */
    private static final Set<String> POINTERS = Set.of("этого", "того", "его", "цього", "його", "этой", "той", "цієї", "її", "ее", "всего", "всієї");
    /** Nouns of time in the genitive: "цього року", "прошлого года" say when, not what. */
    private static final Set<String> TIMES = Set.of("года", "року", "месяца", "місяця", "недели", "тижня", "дня", "лета", "літа");

    private SlavicNounGenitive() {}

    /** The token after the genitive pair that follows the noun ending at end, or end when none follows. */
    static int after(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (!p.ukrainianOrRussian() || end + 1 >= t.size() || !p.joined(end) || !p.joined(end + 1)) return end;
        // After a designation the genitive tells where the named things came from ("HIMARS американского производства").
        if (QuantityTail.designationBefore(p, end)) return end;
        Token adjective = t.get(end), noun = t.get(end + 1);
        if (adjective.isCapitalised() || noun.isCapitalised() || !Character.isLetter(noun.text().charAt(0)) || hitAt.containsKey(end) || hitAt.containsKey(end + 1)) return end;
        String a = adjective.folded();
        if (!SentenceRoles.endsWithAny(a, GENITIVE_ADJECTIVE) || POINTERS.contains(a) || TIMES.contains(noun.folded())) return end;
        return end + 2;
    }
}
