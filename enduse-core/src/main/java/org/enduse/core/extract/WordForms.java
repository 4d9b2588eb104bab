package org.enduse.core.extract;

/**
 * The forms of one document's words, each worked out once: a word's text, folded form and stem depend only on its
 * characters and the language, and news repeats its words ("the", "of", the country named in every paragraph), so the
 * tokens of a repeated word share the strings of its first occurrence instead of cutting, folding and stemming it again.
 * Filed by the word's characters, hashed and compared in the document's text without a copy. One per document, used
 * by one thread; it holds only that document's words and goes with it.
 */
final class WordForms {
    private final String text;
    /** Open addressing: per slot, a token of the word's first occurrence (its strings are what is shared) and its language. */
    private Token[] words;
    private String[] languages;
    private int size;

    WordForms(String text) {
        this.text = text;
        // A word per some six characters, fewer of them distinct: most documents fill the table below half without growing it.
        int slots = Integer.highestOneBit(Math.max(16, text.length() / 6)) * 2;
        words = new Token[slots];
        languages = new String[slots];
    }

    /** The token text[start, end) of the language, with the strings of the same word's earlier token when there is one. */
    Token token(int start, int end, String language) {
        int mask = words.length - 1;
        int slot = firstSlot(text, start, end, language, mask);
        for (Token known; (known = words[slot]) != null; slot = (slot + 1) & mask) {
            if (languages[slot].equals(language) && known.text().length() == end - start && text.startsWith(known.text(), start)) {
                return new Token(start, end, known.text(), known.folded(), known.stem());
            }
        }
        Token token = Tokenizer.token(text, start, end, language);
        words[slot] = token;
        languages[slot] = language;
        if (++size * 2 > words.length) grow();
        return token;
    }

    /** Doubles the table, keeping at most half its slots full so that probes stay short. */
    private void grow() {
        Token[] oldWords = words;
        String[] oldLanguages = languages;
        words = new Token[oldWords.length * 2];
        languages = new String[oldWords.length * 2];
        for (int s = 0; s < oldWords.length; s++) {
            if (oldWords[s] == null) continue;
            String word = oldWords[s].text();
            int mask = words.length - 1;
            int slot = firstSlot(word, 0, word.length(), oldLanguages[s], mask);
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = oldWords[s];
            languages[slot] = oldLanguages[s];
        }
    }

    /** Where the word s[from, to) of the language starts probing: a hash of its characters and language, mixed so the low bits vary. */
    private static int firstSlot(String s, int from, int to, String language, int mask) {
        int hash = language.hashCode();
        for (int i = from; i < to; i++) hash = 31 * hash + s.charAt(i);
        return (hash ^ (hash >>> 16)) & mask;
    }
}
