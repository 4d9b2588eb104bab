package org.enduse.core.extract;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Latin spellings of Ukrainian places that reports use besides the gazetteer's: the Russian-based
 * transliteration many Western reports still print ("Zaporozhye", "Kharkov", "Nikolaev", made from
 * the Russian name) and the official one written "ii" for "iyi" ("Avdiivka" for Avdiyivka, which
 * French "Avdiïvka" folds to).
 */
final class PlaceSpellings {
    private static final Map<Character, String> RUSSIAN_TO_LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('-', "-"), Map.entry(' ', " "));

    private PlaceSpellings() {}

    /** Other spellings of a Ukrainian place given its English and Russian names (either may be null); never the English one. */
    static Set<String> ukrainian(String english, String russian) {
        Set<String> out = new LinkedHashSet<>();
        if (english != null && english.contains("iyi")) out.add(english.replace("iyi", "ii"));
        String latin = russian == null ? null : latin(russian, false);
        if (latin != null) out.add(latin);
        // BGN/PCGN writes е after a vowel "ye", as English, Dutch and German-language wires long did:
        // "Avdeyevka" beside "Avdeevka" for Авдеевка, "Nikolayev" beside "Nikolaev".
        String bgn = russian == null ? null : latin(russian, true);
        if (bgn != null) out.add(bgn);
        if (english != null) out.remove(english);
        return out;
    }

    /**
     * "Запорожье" gives "Zaporozhye", "Харьков" "Kharkov"; with yeAfterVowel "Авдеевка" gives
     * "Avdeyevka" rather than "Avdeevka". Null when a letter has no transliteration here.
     */
    static String latin(String russian, boolean yeAfterVowel) {
        StringBuilder out = new StringBuilder(russian.length() + 4);
        String lower = russian.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            // A soft sign before a vowel is written "y": "Запорожье" -> "Zaporozhye".
            if (c == 'ь' && i + 1 < lower.length() && "еёюяи".indexOf(lower.charAt(i + 1)) >= 0) {
                out.append('y');
                continue;
            }
            if (yeAfterVowel && c == 'е' && i > 0 && "аеёиоуыэюя".indexOf(lower.charAt(i - 1)) >= 0) {
                out.append("ye");
                continue;
            }
            String letters = RUSSIAN_TO_LATIN.get(c);
            if (letters == null) return null;
            out.append(letters);
        }
        if (out.isEmpty()) return null;
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        for (int i = 1; i < out.length(); i++) {
            if (out.charAt(i - 1) == '-' || out.charAt(i - 1) == ' ') out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
        }
        return out.toString();
    }
}
