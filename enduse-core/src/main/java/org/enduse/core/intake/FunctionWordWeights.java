package org.enduse.core.intake;

import java.util.Map;

/**
 * The function words' weights, looked up by a word's characters as the scorer collects them: it asks
 * for every word of every paragraph, and a String made of each word only to look it up in a map was
 * 1.8% of all that extraction allocated (profiled). An open-addressing table of a few hundred keys,
 * built once and only read after, so it may be shared between threads.
 */
final class FunctionWordWeights {
    private final String[] words;
    private final int[] hashes;
    private final double[][] weights;
    private final int mask;

    FunctionWordWeights(Map<String, double[]> byWord) {
        int slots = Integer.highestOneBit(Math.max(4 * byWord.size(), 2)); // at most half full, so probes stay short
        words = new String[slots];
        hashes = new int[slots];
        weights = new double[slots][];
        mask = slots - 1;
        byWord.forEach((word, w) -> {
            int hash = hash(word);
            int slot = hash & mask;
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = word;
            hashes[slot] = hash;
            weights[slot] = w;
        });
    }

    /** The word's weight per profile, or null when it is no function word. */
    double[] get(CharSequence word) {
        int hash = hash(word);
        for (int slot = hash & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && words[slot].contentEquals(word)) return weights[slot];
        }
        return null;
    }

    /** String's hash of the characters, its high bits folded into the low ones the table indexes by. */
    private static int hash(CharSequence word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) h = 31 * h + word.charAt(i);
        return h ^ (h >>> 16);
    }
}
