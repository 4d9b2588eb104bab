package org.enduse.core.extract;

import java.util.List;

/**
 * A paragraph prepared for extraction: the whole document text (offsets stay document-wide), the
 * paragraph's span and language, and its tokens.
 */
record Passage(String text, int start, int end, String language, List<Token> tokens) {
    static Passage of(String text, int start, int end, String language) {
        List<Token> tokens = Tokenizer.tokenize(text.substring(start, end), language).stream()
                .map(t -> new Token(t.start() + start, t.end() + start, t.text(), t.folded(), t.stem())).toList();
        return new Passage(text, start, end, language, tokens);
    }

    /** True when only spaces, hyphens or apostrophes separate token k-1 from token k. */
    boolean joined(int k) {
        if (k <= 0 || k >= tokens.size()) return false;
        for (int i = tokens.get(k - 1).end(); i < tokens.get(k).start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && !Tokenizer.isApostrophe(c)) return false;
        }
        return true;
    }

    String between(int fromChar, int toChar) {
        return text.substring(Math.max(fromChar, 0), Math.min(toChar, text.length()));
    }

    String span(int startToken, int endToken) {
        return text.substring(tokens.get(startToken).start(), tokens.get(endToken - 1).end());
    }
}
