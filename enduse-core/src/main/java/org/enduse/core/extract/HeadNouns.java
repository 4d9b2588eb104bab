package org.enduse.core.extract;

import java.util.List;

/**
 * A listed item word that only qualifies the noun after it, which is what is counted: English puts
 * a noun in the singular before the noun it qualifies ("two ammunition depots", "20 drone attacks",
 * "three tank crews"), and in Ukrainian and Russian a word the lexicon lists as a person is an
 * adjective before a noun ("трое военных советников", "п'ятьох військових інструкторів").
 */
final class HeadNouns {
    private HeadNouns() {}

    /** The token end of the head noun after an item word ending at end, or end when the item word is the head. */
    static int after(Passage p, int end, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (end >= t.size() || !p.joined(end) || !Character.isLowerCase(t.get(end).text().charAt(0))) return end;
        Token item = t.get(end - 1), next = t.get(end);
        if (lexicon.at(p, end, "item") != null || !UnlistedNouns.pluralNoun(p.language(), next)) return end;
        boolean qualifies = switch (p.language()) {
            case "en" -> !item.folded().endsWith("s");
            // Only a noun in an unmistakable genitive plural: "военнослужащих армии" is a noun with the body it belongs to.
            case "ru", "uk" -> SentenceRoles.endsWithAny(item.folded(), "ых", "их") && SentenceRoles.endsWithAny(next.folded(), "ов", "ев", "ів", "їв");
            default -> false;
        };
        return qualifies ? end + 1 : end;
    }

    /**
     * "2 танковых батальона": a Ukrainian or Russian adjective the lexicon meets only through the stem
     * of an item noun ("танк"), with a lower-case word after it that {@link #after} did not take for
     * its head, qualifies a noun no list knows; the adjective is not what is counted. item: the lexicon's hit.
     */
    static boolean adjectiveOfAnotherNoun(Passage p, Lexicon.Hit item, Lexicon lexicon) {
        List<Token> t = p.tokens();
        int next = item.endToken();
        if (!p.ukrainianOrRussian() || item.endToken() != item.startToken() + 1 || next >= t.size() || !p.joined(next)) return false;
        Token adjective = t.get(item.startToken());
        return SentenceRoles.endsWithAny(adjective.folded(), ADJECTIVE_ENDINGS) && lexicon.word(adjective.folded(), p.language(), "item") == null
                && Character.isLowerCase(t.get(next).text().charAt(0)) && Tokenizer.isCyrillic(t.get(next).text().charAt(0))
                && !SentenceRoles.isSlavicPreposition(t.get(next).folded()) && !QuantityFinder.isConjunction(p, t.get(next));
    }

    /**
     * Ukrainian and Russian adjective endings in every case and number ("2 танковых батальона", "две
     * танковые бригады", "танковую роту"), leaving out those a noun shares: "-ом"/"-ем"/"-ой" (the
     * instrumental of "танком", "установкой"), Ukrainian "-і"/"-ою" (the dative "танкові", "машиною").
     */
    private static final String[] ADJECTIVE_ENDINGS = {"ых", "их", "ий", "ый", "ого", "ої", "ые", "ие", "ая", "яя", "ое", "ее",
            "ую", "юю", "ым", "им", "ыми", "ими", "ому", "ему", "ього", "ьому", "ій", "іх", "ім", "іми"};
}
