package org.enduse.core.extract;

import java.text.Normalizer;

/**
 * The form words are compared in: lower case, Latin letters without accents ("Oekraïne" and
 * "Oekraine" meet), ß as ss, ł as l, ё as е, Cyrillic otherwise kept (й and ї carry meaning),
 * and every apostrophe the same.
 */
public final class TextFolding {
    private TextFolding() {}

    public static String fold(String word) {
        if (isFolded(word)) return word; // most words of running text, Latin or Cyrillic: nothing to fold
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

    /** True when fold would return the word unchanged: lower case, no accented Latin letter, ё or apostrophe to replace. */
    private static boolean isFolded(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') return false;
            } else if ((c >= 0x00C0 && c < 0x0250) || c == 'ё' || c == '\u2019' || c == '\u02BC' || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }
}
