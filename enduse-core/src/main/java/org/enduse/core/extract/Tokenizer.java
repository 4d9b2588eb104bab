package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.Chars;

/**
 * Splits text into tokens: runs of letters and digits. Hyphens, punctuation and spaces separate
 * tokens ("Belgian-made" is two tokens, so the adjective is seen); an apostrophe between Cyrillic
 * letters stays inside the word (Ukrainian "п'ять"), elsewhere it separates ("d'euros", "Russia's").
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String text, String language) {
        return tokenize(text, 0, text.length(), language);
    }

    /** The tokens of text[from, to), with offsets into the whole text. */
    public static List<Token> tokenize(String text, int from, int to, String language) {
        List<Token> tokens = new ArrayList<>((to - from) / 5);
        int i = from, n = to;
        while (i < n) {
            char c = text.charAt(i);
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (wordChar(d) || d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK) { // no ASCII character is a mark
                    i++;
                } else if (isApostrophe(d) && i + 1 < n && i > start && isCyrillic(text.charAt(i - 1)) && isCyrillic(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String word = text.substring(start, i);
            String folded = TextFolding.fold(word);
            tokens.add(new Token(start, i, word, folded, Stemmer.stem(folded, language)));
        }
        return tokens;
    }

    /**
     * A letter or digit. U+02BC, the modifier letter apostrophe, is a letter to Unicode but an
     * apostrophe in use ("dʼ€", Ukrainian "пʼять"): it separates like "'" does.
     */
    private static boolean wordChar(char c) {
        return Chars.isLetterOrDigit(c) && c != '\u02BC';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }
}
