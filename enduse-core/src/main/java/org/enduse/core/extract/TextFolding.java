package org.enduse.core.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form words are compared in: lower case, Latin letters without accents ("Oekraïne" and
 * "Oekraine" meet), ß as ss, ł as l, ё as е, Cyrillic otherwise kept (й and ї carry meaning),
 * and every apostrophe the same. A word typed partly on the other keyboard is read in one script
 * ({@link ScriptTwins}): "Cтингер" with a Latin C, "ІRIS" with a Ukrainian І, "2А4" with a Cyrillic А.
 */
public final class TextFolding {
    private TextFolding() {}

    public static String fold(String word) {
        // Most words of running text are plain ASCII or Cyrillic: String's lower-casing is all they
        // need, and most are in lower case already, which the same scan tells.
        switch (plainness(word)) {
            case LOWER_CASE -> { return ScriptTwins.oneScript(word, word); }
            case MIXED_CASE -> { return ScriptTwins.oneScript(word, word.toLowerCase(Locale.ROOT)); }
            default -> { }
        }
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
        if (!needsDecomposition) return ScriptTwins.oneScript(word, out.toString());
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            // Only marks on Latin letters go: a mark after a Cyrillic letter (й decomposes) stays.
            if (mark && i > 0 && decomposed.charAt(i - 1) < 0x0250) continue;
            stripped.append(c);
        }
        return ScriptTwins.oneScript(word, Normalizer.normalize(stripped, Normalizer.Form.NFC));
    }

    private enum Plainness { LOWER_CASE, MIXED_CASE, OTHER }

    /**
     * OTHER unless the word has only ASCII and Cyrillic characters other than Ё and ё (no accent to
     * strip, no letter or apostrophe to replace, lower-cased one character at a time, as below);
     * then LOWER_CASE when lower-casing changes none of them.
     */
    private static Plainness plainness(String word) {
        boolean lower = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') lower = false;
            } else if (c < 0x400 || c > 0x4FF || c == 'ё' || c == 'Ё') {
                return Plainness.OTHER;
            } else if (lower && Character.toLowerCase(c) != c) {
                lower = false;
            }
        }
        return lower ? Plainness.LOWER_CASE : Plainness.MIXED_CASE;
    }
}
