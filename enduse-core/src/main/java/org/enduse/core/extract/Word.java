package org.enduse.core.extract;

/**
 * One distinct word of a text in one language: its surface form, the form folded for matching and
 * its stem, computed once however often the word recurs (about half the tokens of a report repeat
 * an earlier word). A word of a document's {@link WordTable} also remembers, per phrase trie, where
 * it leads from the trie's root, so that each trie's root is searched once per word, not per token.
 * Equal by its three forms, like the token that carried them before.
 */
public final class Word {
    /** Tries remembered per word: the lexicon's trie of the language and one of the name tries, with room to spare. */
    private static final int MAX_TRIES = 4;
    private final String text;
    private final String folded;
    private final String stem;
    /**
     * Trie, roots, trie, roots...; null when nothing is remembered yet. Only the words of a
     * document's table remember (a document is read by one thread); the words of the lexicon's
     * and the names' own forms are shared by every thread and remember nothing.
     */
    private Object[] rootsByTrie;
    private final boolean remembers;

    private Word(String text, String folded, String stem, boolean remembers) {
        this.text = text;
        this.folded = folded;
        this.stem = stem;
        this.remembers = remembers;
    }

    /** A word that remembers nothing, safe to share between threads. */
    static Word of(String text, String language) {
        return make(text, language, false);
    }

    /** A word of one document's table. */
    static Word ofDocument(String text, String language) {
        return make(text, language, true);
    }

    private static Word make(String text, String language, boolean remembers) {
        String folded = TextFolding.fold(text);
        return new Word(text, folded, Stemmer.stem(folded, language), remembers);
    }

    public String text() { return text; }
    public String folded() { return folded; }
    public String stem() { return stem; }

    /** What {@link #remember} was given for the trie; null when nothing. */
    Object rootsIn(Object trie) {
        Object[] known = rootsByTrie;
        if (known == null) return null;
        for (int i = 0; i < known.length && known[i] != null; i += 2) {
            if (known[i] == trie) return known[i + 1];
        }
        return null;
    }

    /** Keeps the trie's roots for this word, when the word remembers and has room for one more trie. */
    void remember(Object trie, Object roots) {
        if (!remembers) return;
        if (rootsByTrie == null) rootsByTrie = new Object[2 * MAX_TRIES];
        for (int i = 0; i < rootsByTrie.length; i += 2) {
            if (rootsByTrie[i] == null) {
                rootsByTrie[i] = trie;
                rootsByTrie[i + 1] = roots;
                return;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && text.equals(w.text) && folded.equals(w.folded) && stem.equals(w.stem);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
