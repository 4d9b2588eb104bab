package org.enduse.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inflected forms of a state's adjective, made from its base form by each language's regular
 * endings, so the tables need only one correct base per language: "німецький" gives "німецька",
 * "німецькі", "німецького", "Німеччини" stays a name. Irregular forms are written out in the table
 * ("grec/grecque/grecs/grecques") and taken as they are.
 */
public final class DemonymForms {
    private static final String[] UK = {"ий", "а", "е", "і", "ого", "ої", "ому", "ій", "им", "их", "ими", "у", "ім"};
    private static final String[] RU = {"ий", "ая", "ое", "ие", "ого", "ой", "ому", "ом", "им", "их", "ими", "ую"};
    private static final String[] PL = {"i", "a", "ie", "iego", "iej", "iemu", "im", "ich", "imi", "ą"};
    private static final String[] DE = {"", "e", "en", "er", "es", "em"};

    private DemonymForms() {}

    /** The languages whose bases are inflected here; a table column in another language is an error. */
    static final Set<String> LANGUAGES = Set.of("en", "nl", "fr", "de", "uk", "ru", "pl");

    /**
     * Every form of the base in the language, the base first.
     *
     * @throws IllegalArgumentException when the base does not have the shape the language's rules
     *                                  need (a Ukrainian or Russian adjective ends in -ий, a Polish one in -i)
     */
    public static List<String> of(String language, String base) {
        if (base.contains("/")) return List.of(base.split("/"));
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        switch (language) {
            case "en" -> {
                // "Germans", "Israelis": the plural demonym; "French", "Dutch", "Chinese" have none.
                if (base.endsWith("an") || base.endsWith("i")) forms.add(base + "s");
            }
            case "nl" -> forms.add(base.endsWith("ees") ? base.substring(0, base.length() - 2) + "se" : base.endsWith("e") ? base : base + "e");
            case "de" -> {
                for (String e : DE) forms.add(base + e);
            }
            case "fr" -> french(base, forms);
            case "uk" -> withEndings(forms, stem(base, "ий", language), UK);
            case "ru" -> withEndings(forms, stem(base, "ий", language), RU);
            case "pl" -> {
                String stem = stem(base, "i", language);
                withEndings(forms, stem, PL);
                // masculine personal plural: polscy, niemieccy, szwedzcy, gruzińscy
                if (base.endsWith("ski") || base.endsWith("cki") || base.endsWith("zki")) {
                    forms.add(base.substring(0, base.length() - 2) + "cy");
                }
            }
            default -> throw new IllegalArgumentException("no inflection rules for language '" + language + "'");
        }
        return new ArrayList<>(forms);
    }

    private static void french(String base, Set<String> forms) {
        String feminine = base.endsWith("e") ? base : base.endsWith("en") ? base + "ne" : base + "e";
        forms.add(feminine);
        forms.add(base.endsWith("s") || base.endsWith("x") ? base : base + "s");
        forms.add(feminine + "s");
    }

    private static String stem(String base, String ending, String language) {
        if (!base.endsWith(ending) || base.length() <= ending.length() + 2) {
            throw new IllegalArgumentException("'" + base + "' is not a " + language + " adjective ending in -" + ending);
        }
        return base.substring(0, base.length() - ending.length());
    }

    private static void withEndings(Set<String> forms, String stem, String[] endings) {
        for (String e : endings) forms.add(stem + e);
    }
}
