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
     * "военную помощь", "військову допомогу": token k is a lower-case Ukrainian or Russian adjective, by its ending in
     * {@link #ADJECTIVE_ENDINGS} or, in Ukrainian, the feminine accusative "-ову"/"-ну"/"-ку" those leave out.
     */
    static boolean slavicAdjective(Passage p, int k) {
        Token t = p.tokens().get(k);
        if (!p.ukrainianOrRussian() || !Character.isLowerCase(t.text().charAt(0))) return false;
        String w = t.folded();
        return SentenceRoles.endsWithAny(w, ADJECTIVE_ENDINGS) || p.language().equals("uk") && SentenceRoles.endsWithAny(w, "ову", "ну", "ку");
    }

    /**
     * "5 тис. військових касок", "55 тысяч единиц зимней военной одежды": a Ukrainian or Russian word for
     * persons that is an adjective made a noun ("військових", "военных") stands before a lower-case noun no
     * list knows, or a listed thing ("військових автобусів"), so it says what kind of thing that noun is, and
     * the noun is what is counted. The token
     * after that noun, or -1 when the persons word is the noun (next word a verb, a preposition, a listed word).
     */
    static int nounAfterPersonsAdjective(Passage p, Lexicon.Hit persons, Lexicon lexicon) {
        List<Token> t = p.tokens();
        int next = persons.endToken();
        if (!p.ukrainianOrRussian() || !persons.cue().value().equals("PERSONS") || next != persons.startToken() + 1 || next >= t.size()
                || !p.joined(next)) return -1;
        String adjective = t.get(persons.startToken()).folded(), noun = t.get(next).folded();
        if (!SentenceRoles.endsWithAny(adjective, ADJECTIVE_ENDINGS) && !SentenceRoles.endsWithAny(adjective, "ой", "ей")) return -1;
        // A participle in -щих/-чих is a noun for persons ("300 военнослужащих армии РФ"), not an adjective of the word after it.
        if (SentenceRoles.endsWithAny(adjective, "щих", "чих")) return -1;
        // An agent noun in the genitive plural is no adjective either ("55 представителей оппозиции", batch 60): the word
        // after it is the body the persons belong to.
        if (SentenceRoles.endsWithAny(adjective, AGENT_ENDINGS)) return -1;
        boolean plainNoun = noun.length() >= 4 && Character.isLowerCase(t.get(next).text().charAt(0)) && Tokenizer.isCyrillic(noun.charAt(0))
                && !SentenceRoles.endsWithAny(noun, VERB_ENDINGS) && !SentenceRoles.endsWithAny(noun, ADJECTIVE_ENDINGS)
                && !SentenceRoles.isSlavicPreposition(noun) && lexicon.at(p, next, ANY_CATEGORY) == null;
        if (plainNoun) return next + 1;
        // "п'ять військових автобусів": before a listed thing the persons word is its adjective too.
        Lexicon.Hit thing = lexicon.at(p, next, ITEM);
        return thing != null && thing.cue().value().equals("ITEMS") ? thing.endToken() : -1;
    }

    /**
     * The unit of what {@link #nounAfterPersonsAdjective} counts, from the noun at token k: persons for an agent noun
     * ("трое военных советников", "радників"), else items.
     */
    static String unitOfNounAfterAdjective(Passage p, int k) {
        return SentenceRoles.endsWithAny(p.tokens().get(k).folded(), AGENT_ENDINGS) ? "PERSONS" : "ITEMS";
    }

    /** Genitive plural endings of Ukrainian and Russian nouns for persons by what they do: "советников", "радників", "наблюдателей", "спеціалістів". */
    private static final String[] AGENT_ENDINGS = {"ников", "ників", "телей", "телів", "цев", "ців", "истов", "істів", "еров", "ерів"};

    /** Every category of the lexicon: a word it lists for anything is no plain noun here. */
    private static final Categories ANY_CATEGORY = Categories.ANY, ITEM = Lexicon.get().categories("item");

    /** Endings of Ukrainian and Russian verbs in the past plural, reflexive, infinitive and present plural: "загинули", "отправятся", "будут". */
    private static final String[] VERB_ENDINGS = {"ли", "ся", "сь", "ть", "ти", "ут", "ют", "ат", "ят", "ють", "уть", "ать", "ять"};

    /**
     * Ukrainian and Russian adjective endings in every case and number ("2 танковых батальона", "две
     * танковые бригады", "танковую роту"), leaving out those a noun shares: "-ом"/"-ем"/"-ой" (the
     * instrumental of "танком", "установкой"), Ukrainian "-і"/"-ою" (the dative "танкові", "машиною").
     */
    private static final String[] ADJECTIVE_ENDINGS = {"ых", "их", "ий", "ый", "ого", "ої", "ые", "ие", "ая", "яя", "ое", "ее",
            "ую", "юю", "ым", "им", "ыми", "ими", "ому", "ему", "ього", "ьому", "ій", "іх", "ім", "іми"};
}
