package org.enduse.core.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The last few characters of a set of words, so that a longer word can be ruled out as ending in one
 * of them with one or two set look-ups, without cutting it at every place a word could start. The
 * answer may be a false yes (the ending is shared but the word is not), never a false no.
 */
final class WordEndings {
    /** Characters kept per word: three tell most endings apart ("tig", "zig", "ren") at little memory. */
    private static final int KEPT = 3;

    private final Set<String> endings = new HashSet<>();
    /** Bit n is set when some word's kept ending has n characters (a word shorter than {@link #KEPT} keeps all of it). */
    private int lengths;

    void add(String word) {
        String ending = word.substring(Math.max(0, word.length() - KEPT));
        endings.add(ending);
        lengths |= 1 << ending.length();
    }

    /** False when the word ends in none of the words added; true when it may. */
    boolean mayEndIn(String word) {
        // A word ending in an added one ends in that one's kept ending, which is no longer than either.
        for (int n = 0; n <= Math.min(KEPT, word.length()); n++) {
            if ((lengths & 1 << n) != 0 && endings.contains(word.substring(word.length() - n))) return true;
        }
        return false;
    }
}
