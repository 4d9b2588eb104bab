package org.enduse.core.common;

import java.util.Arrays;

/**
 * A set of word endings, each tagged with bits (which languages or lists it belongs to), matched by
 * walking a word backwards from its last character: one step per character of the longest ending
 * that fits, however many endings there are. Stemming and language scoring ask this of every word
 * of every document, where testing each ending with endsWith was a measurable cost.
 */
public final class WordEndings {
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        /** The bits of the ending that finishes here (read from the word's end back to this node); 0 if none. */
        int bits;

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) if (keys[i] == c) return children[i];
            return null;
        }

        Node addChild(char c) {
            Node found = child(c);
            if (found != null) return found;
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            return children[children.length - 1] = new Node();
        }
    }

    private final Node root = new Node();

    /** Adds the ending with the given bits (or-ed with any it already has). Not thread-safe: build, then share. */
    public void add(String ending, int bits) {
        if (ending.isEmpty() || bits == 0) throw new IllegalArgumentException("an ending needs characters and bits: '" + ending + "'");
        Node node = root;
        for (int i = ending.length() - 1; i >= 0; i--) node = node.addChild(ending.charAt(i));
        node.bits |= bits;
    }

    /** The bits of every ending the word ends with, or-ed together; 0 when it ends with none. */
    public int bitsOf(CharSequence word) {
        int bits = 0;
        Node node = root;
        for (int i = word.length() - 1; i >= 0 && (node = node.child(word.charAt(i))) != null; i--) bits |= node.bits;
        return bits;
    }

    /**
     * The length of the longest ending the word ends with that leaves at least {@code keep}
     * characters before it; 0 when there is none.
     */
    public int longestEnding(CharSequence word, int keep) {
        int longest = 0;
        Node node = root;
        for (int i = word.length() - 1; i >= keep && (node = node.child(word.charAt(i))) != null; i--) {
            if (node.bits != 0) longest = word.length() - i;
        }
        return longest;
    }
}
