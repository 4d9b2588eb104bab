package org.enduse.core.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form words are compared in: lower case, Latin letters without accents ("Oekraïne" and
 * "Oekraine" meet), ß as ss, ł as l, ё as е, Cyrillic otherwise kept (й and ї carry meaning),
 * and every apostrophe the same.
 */
public final class TextFolding {
    private TextFolding() {}

    /**
     * The fold of each character from U+0080 below U+0250 on its own, worked out once by
     * {@link #foldByNormalizing}. Each of these decomposes to a base letter first, so a word of them
     * and ASCII folds character by character, without normalising the word twice.
     */
    private static final String[] LATIN_FOLDS = new String[0x250];

    static {
        for (char c = 0x80; c < LATIN_FOLDS.length; c++) LATIN_FOLDS[c] = foldByNormalizing(String.valueOf(c));
    }

    public static String fold(String word) {
        // Most words of running text are plain ASCII or Cyrillic: String's lower-casing is all they need.
        if (lowerCasingFolds(word)) return word.toLowerCase(Locale.ROOT);
        if (latinOnly(word)) {
            StringBuilder out = new StringBuilder(word.length() + 2);
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 0x80) out.append(Character.toLowerCase(c));
                else out.append(LATIN_FOLDS[c]);
            }
            return out.toString();
        }
        return foldByNormalizing(word);
    }

    /** Lower case, the replacements, then Latin accents stripped through Unicode decomposition: right for any word. */
    static String foldByNormalizing(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean needsDecomposition = false;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ё' -> out.append('е');
                case '\u2019', '\u02BC' -> out.append('\'');
                default -> {
                    if (c >= 0x00C0 && c < 0x0250) needsDecomposition = true;
                    out.append(c);
                }
            }
        }
        if (!needsDecomposition) return out.toString();
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            // Only marks on Latin letters go: a mark after a Cyrillic letter (й decomposes) stays.
            if (mark && i > 0 && decomposed.charAt(i - 1) < 0x0250) continue;
            stripped.append(c);
        }
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** True when every character of the word is below U+0250 (ASCII and the Latin blocks). */
    private static boolean latinOnly(String word) {
        for (int i = 0; i < word.length(); i++) if (word.charAt(i) >= LATIN_FOLDS.length) return false;
        return true;
    }

    /**
     * True when the word has only ASCII and Cyrillic characters other than Ё and ё: no accent to
     * strip, no letter or apostrophe to replace, and lower-cased one character at a time, as below.
     */
    private static boolean lowerCasingFolds(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && (c < 0x400 || c > 0x4FF || c == 'ё' || c == 'Ё')) return false;
        }
        return true;
    }
}
