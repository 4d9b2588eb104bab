package org.enduse.core.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms catalog names are compared in. {@link #key} folds case, accents and script (Cyrillic is
 * transliterated, so "Т-72Б3" meets "T-72B3") and drops every separator ("T72B3"); {@link #stemKey}
 * also strips the plural and case endings that en, nl, fr, de, uk, ru and pl put on the last letters
 * of a word, so "pantserhouwitsers" meets "pantserhouwitser" and "Хамві" meets "Хамвів".
 */
public final class CatalogNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final String[][] CYRILLIC = {
            {"щ", "shch"}, {"ж", "zh"}, {"ч", "ch"}, {"ш", "sh"}, {"ю", "yu"}, {"я", "ya"}, {"є", "ye"}, {"ї", "yi"}, {"х", "kh"}, {"ц", "ts"},
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ґ", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"з", "z"}, {"и", "i"},
            {"і", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"},
            {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}};
    // Tried longest first on each word of five or more letters (after transliteration).
    private static final String[] ENDINGS = {"ami", "akh", "ov", "iv", "ei", "ykh", "ikh", "om", "am", "ax",
            "en", "es", "er", "s", "n", "a", "i", "u", "y", "e"};

    private CatalogNames() {}

    /** Lower case Latin letters and digits only. */
    public static String key(String name) {
        return keyOfFolded(fold(name));
    }

    /** The key with each word's inflectional ending removed. */
    public static String stemKey(String name) {
        return stemKeyOfFolded(fold(name));
    }

    /** {@link #key} of text already {@link #fold folded}, so a caller that needs both keys folds once. */
    static String keyOfFolded(String folded) {
        return NOT_KEY.matcher(folded).replaceAll("");
    }

    /** {@link #stemKey} of text already {@link #fold folded}. */
    static String stemKeyOfFolded(String folded) {
        StringBuilder out = new StringBuilder();
        for (String word : SEPARATORS.split(folded)) out.append(stem(word));
        return out.toString();
    }

    /** Lower-case, accent-free, transliterated text with its separators kept. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('й', '\u0001'); // keep й apart from и through NFD
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('\u0001', 'й');
        StringBuilder out = new StringBuilder(plain.length() + 8);
        outer:
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'а' && c <= 'ґ' || c == 'і' || c == 'ї' || c == 'є' || c == 'ё') {
                for (String[] pair : CYRILLIC) {
                    if (pair[0].charAt(0) == c) {
                        out.append(pair[1]);
                        continue outer;
                    }
                }
            }
            out.append(c == 'ł' ? 'l' : c == 'ß' ? 's' : c);
        }
        return out.toString();
    }

    /**
     * Strips endings until none is left, so that a plural and its singular meet even when the
     * singular itself ends in something that looks like an ending ("houwitsers" and "houwitser"
     * both become "houwit"). Words never shrink below four letters.
     */
    private static String stem(String word) {
        String previous;
        do {
            previous = word;
            word = stripEnding(word);
        } while (!word.equals(previous));
        return word;
    }

    private static String stripEnding(String word) {
        if (word.length() < 5 || Character.isDigit(word.charAt(word.length() - 1))) return word;
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) return word.substring(0, word.length() - ending.length());
        }
        return word;
    }
}
