package org.enduse.core.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The distinct words of one document, per language: the tokenizer finds a recurring word here by
 * its characters in the text, without cutting it out, folding or stemming it again. Lives as long
 * as the document's extraction and is read by its one thread.
 */
final class WordTable {
    private final Map<String, Slots> byLanguage = new HashMap<>(2);
    /** The last language asked, since a document is nearly always read in one. */
    private String language;
    private Slots slots;

    /**
     * The word text[start, end) in the language; {@code hash} is what {@link String#hashCode} gives
     * for those characters, computed by the caller while it scanned them.
     */
    Word word(String text, int start, int end, int hash, String language) {
        if (!language.equals(this.language)) {
            this.language = language;
            slots = byLanguage.computeIfAbsent(language, l -> new Slots());
        }
        return slots.word(text, start, end, hash, language);
    }

    /** An open-addressing table of words by their characters; grows at half full. */
    private static final class Slots {
        private Word[] words = new Word[512];
        private int[] hashes = new int[512];
        private int size;

        Word word(String text, int start, int end, int hash, String language) {
            int mask = words.length - 1;
            int length = end - start;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                Word known = words[slot];
                if (known == null) break;
                if (hashes[slot] == hash && known.text().length() == length && known.text().regionMatches(0, text, start, length)) return known;
            }
            Word word = Word.ofDocument(text.substring(start, end), language);
            if (2 * (size + 1) > words.length) grow();
            put(word, hash);
            return word;
        }

        private void put(Word word, int hash) {
            int mask = words.length - 1;
            int slot = spread(hash) & mask;
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = word;
            hashes[slot] = hash;
            size++;
        }

        private void grow() {
            Word[] oldWords = words;
            int[] oldHashes = hashes;
            words = new Word[2 * oldWords.length];
            hashes = new int[2 * oldWords.length];
            size = 0;
            for (int i = 0; i < oldWords.length; i++) if (oldWords[i] != null) put(oldWords[i], oldHashes[i]);
        }

        /** Similar words differ in their last characters, which String's hash leaves in its low bits: mixed in from the high ones. */
        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
