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
    /**
     * The language of the words kept, the first one asked for. A paragraph in another language (a quoted post, a caption)
     * is rare: its words are worked out as they come, which keeps the table to one array.
     */
    private String language;
    /** Open addressing: per slot, a token of the word's first occurrence, whose strings are what is shared. */
    private Token[] words;
    private int size;

    WordForms(String text) {
        this.text = text;
        // A word per some six characters, fewer of them distinct: most documents fill the table below half without growing it.
        words = new Token[Integer.highestOneBit(Math.max(16, text.length() / 6)) * 2];
    }

    /** The token text[start, end) of the language, with the strings of the same word's earlier token when there is one. */
    Token token(int start, int end, String language) {
        if (this.language == null) this.language = language;
        else if (!this.language.equals(language)) return Tokenizer.token(text, start, end, language);
        int mask = words.length - 1;
        int slot = firstSlot(text, start, end, mask);
        for (Token known; (known = words[slot]) != null; slot = (slot + 1) & mask) {
            if (known.text().length() == end - start && text.startsWith(known.text(), start)) {
                return new Token(start, end, known.text(), known.folded(), known.stem());
            }
        }
        Token token = Tokenizer.token(text, start, end, language);
        words[slot] = token;
        if (++size * 2 > words.length) grow();
        return token;
    }

    /** Doubles the table, keeping at most half its slots full so that probes stay short. */
    private void grow() {
        Token[] old = words;
        words = new Token[old.length * 2];
        int mask = words.length - 1;
        for (Token known : old) {
            if (known == null) continue;
            int slot = firstSlot(known.text(), 0, known.text().length(), mask);
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = known;
        }
    }

    /** Where the word s[from, to) starts probing: a hash of its characters, mixed so that the low bits vary. */
    private static int firstSlot(String s, int from, int to, int mask) {
        int hash = 0;
        for (int i = from; i < to; i++) hash = 31 * hash + s.charAt(i);
        return (hash ^ (hash >>> 16)) & mask;
    }
}
