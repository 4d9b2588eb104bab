package org.enduse.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A number before a plural noun the lexicon does not list still counts it: "117 Ukrainian
 * positions", "22 command posts", "7.800 contrats", "24 Rüstungskonzerne",
 * "178 сигналов". The noun is known by the plural or genitive
 * ending the number governs in its language (English and French -s, a capitalised
 * German noun, the Slavic genitive plural; Dutch is left out, where "-en" ends verbs as often as
 * plurals: "zes komen"), after at most two modifiers. Read only when no item
 * noun or equipment name was found: the lexicon's nouns give the unit, these count items.
 */
final class UnlistedNouns {
    /** Modifiers between the number and the noun: "10 reported cases", "22 command posts". */
    private static final int MAX_MODIFIERS = 2;

    /** The languages whose plural after a number this class reads. */
    private static final Set<String> PLURALS_KNOWN = Set.of("en", "fr", "de", "ru", "uk");

    private UnlistedNouns() {}

    /** The token end of the plural noun counted from token k on, or -1 when none follows. */
    static int end(Passage p, NumberSpan number, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        // A noun known by its ending after figures only: reports write the counts they report in digits, and a
        // spelled-out "two"/"deux"/"дві" before such a noun is discourse ("deux groupes paramilitaires") far
        // more often. A noun of counted-nouns.tsv ("two key towns") is read in every language after any number.
        List<Token> tokens = p.tokens();
        boolean byEnding = PLURALS_KNOWN.contains(p.language()) && tokens.get(number.startToken()).isNumeric();
        for (int j = k; j < tokens.size() && j <= k + MAX_MODIFIERS; j++) {
            if (j > k && !p.joined(j)) return -1;
            Token t = tokens.get(j);
            NameMatcher.Hit name = hitAt.get(j);
            boolean demonym = name != null && name.name().kind() == NameKind.COUNTRY && name.endToken() == j + 1;
            boolean spelledOut = !tokens.get(number.startToken()).isNumeric();
            int members = name != null && name.startToken() == j ? CountedNouns.membersOf(p, name) : -1;
            if (members > 0) return spelledOut && CountedNouns.namedAgain(p, number) ? -1 : CountedNouns.organisationAfter(p, members, hitAt);
            if (name != null && !demonym || QuantityFinder.numeric(p, t, lexicon) || QuantityFinder.isConjunction(p, t)
                    || lexicon.at(p, j, "measure", "unit", "scale", "currency", "month", "weekday", "rate") != null) {
                return -1;
            }
            // "2.600 Kevlar-Platten", "31 Nato-Staaten": a compound written with hyphens is a noun by its last part.
            int compoundLast = demonym ? j : QuantityTail.hyphenCompound(p, j + 1) - 1;
            int slavic = CountedNouns.slavicCompound(p, j);
            if (slavic > 0 || CountedNouns.is(p.language(), tokens.get(compoundLast))) {
                // "die 50 geplanten Lieferungen" reports a figure; "the two countries" names parties again.
                if (spelledOut && CountedNouns.namedAgain(p, number)) return -1;
                return CountedNouns.organisationAfter(p, slavic > 0 ? slavic : compoundLast + 1, hitAt);
            }
            if (!byEnding) {
                // "elf andere NAVO-bondgenoten", "quatre autres coalitions": "other" may stand before a counted noun.
                if (demonym || modifier(p.language(), t) || QuantityTail.isOther(t)) continue;
                return -1;
            }
            int last = p.language().equals("de") && !demonym ? compoundLast : j;
            if (last > j) return pluralNoun(p.language(), tokens.get(last)) ? last + 1 : -1;
            if (!demonym && pluralNoun(p.language(), t)) return j + 1;
            if (!demonym && !modifier(p.language(), t)) return -1;
        }
        return -1;
    }

    /**
     * "15 томів документів", "12 ударов дронов": a Ukrainian or Russian noun in the genitive plural right
     * after the counted noun says what it is made up of, and is counted with it. The token end.
     */
    static int ofWhat(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> tokens = p.tokens();
        if (!p.ukrainianOrRussian() || end >= tokens.size() || !p.joined(end) || hitAt.containsKey(end)) return end;
        Token t = tokens.get(end);
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean genitivePlural = w.length() >= 5 && Character.isLowerCase(t.text().charAt(0)) && SentenceRoles.endsWithAny(w, "ів", "їв", "ов", "ев", "ёв");
        return genitivePlural && !NOT_NOUNS.contains(w) ? end + 1 : end;
    }

    /** A noun in the plural (English, French, German) or the genitive plural (Ukrainian, Russian) a number governs. */
    static boolean pluralNoun(String language, Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean lower = Character.isLowerCase(t.text().charAt(0));
        if (w.length() < 4 || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) return false;
        return switch (language) {
            case "en" -> lower && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !NOT_NOUNS.contains(t.folded());
            case "fr" -> lower && frenchPlural(w) && !NOT_NOUNS.contains(t.folded());
            case "de" -> !lower && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("s")) && !NOT_NOUNS.contains(t.folded());
            case "ru" -> lower && SentenceRoles.endsWithAny(w, "ов", "ев", "ёв", "ей", "ий", "ии") && !NOT_NOUNS.contains(w);
            case "uk" -> lower && SentenceRoles.endsWithAny(w, "ів", "їв", "ей", "ій", "ії") && !NOT_NOUNS.contains(w);
            default -> false;
        };
    }

    /** A word that may stand before the noun: an adjective, a participle, a noun used as one ("command posts"), a possessive. */
    private static boolean modifier(String language, Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(t.text().charAt(0)) || NOT_NOUNS.contains(t.folded()) || MODIFIER_STOPS.contains(t.folded())) return false;
        return switch (language) {
            case "ru" -> SentenceRoles.endsWithAny(w, "ых", "их", "ые", "ие") || POSSESSIVES.contains(w);
            case "uk" -> SentenceRoles.endsWithAny(w, "их", "іх", "ні", "ві", "кі", "ті", "ші", "лі") && !w.endsWith("ії") || POSSESSIVES.contains(w);
            case "de" -> SentenceRoles.endsWithAny(w, "e", "en", "er", "es");
            case "fr" -> frenchPlural(w);
            default -> w.length() >= 3;
        };
    }

    /** A French plural in -s or -x that is no participle ("six déjà livrés", "prévus") nor a verb ("figurent"). */
    private static boolean frenchPlural(String w) {
        return (w.endsWith("s") || w.endsWith("x")) && !SentenceRoles.endsWithAny(w, "ss", "és", "ées", "ies", "is", "us", "ent", "ont", "ais", "ait");
    }

    /** "його спільників", "их сотрудников": a possessive before the noun. */
    private static final Set<String> POSSESSIVES = Set.of("його", "її", "їх", "їхніх", "наших", "ваших", "своїх", "его", "ее", "её", "их", "своих");

    /** Words with a plural noun's ending that are function words, adverbs, verbs, or nouns of time and money, as folded. */
    private static final Set<String> NOT_NOUNS = words(
            "this", "was", "has", "his", "its", "thus", "plus", "across", "towards", "always", "perhaps", "whereas", "besides",
            "unless", "afterwards", "sometimes", "does", "goes", "yes", "news", "times", "others", "ones", "pounds",
            "dans", "sous", "sans", "vers", "plus", "mais", "puis", "alors", "apres", "tres", "tous", "toutes", "depuis", "hors", "lors",
            "ainsi", "leurs", "nous", "vous", "elles", "ceux", "celles", "jamais", "moins", "fois", "parmi", "avons", "avez", "sommes",
            "pres", "toujours", "desormais", "certains", "certaines", "plusieurs", "aux", "des", "les", "ces", "ses", "mes", "tes", "autres",
            "andere", "anderen", "male", "jahre", "uhr", "seiten", "teile", "грошей", "коштів", "денег", "средств");

    /** Words that end a noun phrase before any noun: articles, prepositions, verbs of being. */
    private static final Set<String> MODIFIER_STOPS = words("the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from",
            "are", "were", "had", "have", "will", "would", "could", "more", "than", "per", "out", "into", "over", "under", "after", "before",
            "since", "about", "each", "such", "that", "which", "who", "not", "also", "all", "their", "our", "and", "or", "but", "as",
            "de", "du", "la", "le", "en", "et", "ou", "sur", "par", "pour", "avec", "dont", "qui", "que", "est", "ont", "sont", "ans",
            "is", "der", "die", "das", "den", "dem", "und", "von", "mit", "zu", "im", "am", "um", "auf", "fur", "nach", "bis", "aus", "ist",
            "sind", "wurden", "haben", "mehr", "als", "pro", "je");

    /** The lists above share words between languages ("plus", "als"), which Set.of refuses twice. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
