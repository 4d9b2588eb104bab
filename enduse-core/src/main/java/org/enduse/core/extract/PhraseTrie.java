package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie over folded and stemmed word forms: each phrase is stored along the path of its
 * tokens' stems and along the path of their folded forms, and a text token may follow either edge.
 * Matching from every token position costs one map lookup per token and key, whatever the number of
 * phrases, which keeps a gazetteer of a hundred thousand names as fast as a dozen.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {
    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        List<V> values;
    }

    /** Tokens [startToken, endToken) matched these values. */
    public record Match<V>(int startToken, int endToken, List<V> values) {}

    private final Node<V> root = new Node<>();
    /**
     * A bit per hash of the root's keys: most words start no phrase, and a clear bit says so from a
     * table small enough to stay in the processor's cache, where the root map of a large gazetteer
     * (tens of thousands of keys) costs a memory access per word and form (a tenth of all
     * extraction time in a profile). A set bit may be a
     * collision; the map decides.
     */
    private long[] rootKeyBits = new long[1];
    private int rootKeyShift = Integer.SIZE - Integer.numberOfTrailingZeros(Long.SIZE); // 64 bits: the top 6 of the hash
    private int size;

    public void add(List<Token> phrase, V value) {
        if (phrase.isEmpty()) return;
        addPath(phrase, value, true);
        addPath(phrase, value, false);
        size++;
    }

    private void addPath(List<Token> phrase, V value, boolean stems) {
        int rootKeys = root.children.size();
        Node<V> node = root;
        for (Token t : phrase) node = node.children.computeIfAbsent(stems ? t.stem() : t.folded(), k -> new Node<>());
        if (root.children.size() != rootKeys) markRootKey(stems ? phrase.get(0).stem() : phrase.get(0).folded());
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) node.values.add(value);
    }

    /**
     * Sets the key's bit, first growing the table (and setting every bit again) when it has fewer
     * than 8 bits per root key: 8 to 16 keep false hits near one in ten at a few hundred KB.
     */
    private void markRootKey(String key) {
        if ((long) rootKeyBits.length * Long.SIZE < 8L * root.children.size()) {
            int bits = Integer.highestOneBit(16 * root.children.size());
            rootKeyBits = new long[bits / Long.SIZE];
            rootKeyShift = Integer.SIZE - Integer.numberOfTrailingZeros(bits);
            for (String k : root.children.keySet()) setRootKeyBit(k);
        } else {
            setRootKeyBit(key);
        }
    }

    private void setRootKeyBit(String key) {
        int bit = rootKeyBit(key);
        rootKeyBits[bit >>> 6] |= 1L << bit;
    }

    private boolean mayBeRootKey(String key) {
        int bit = rootKeyBit(key);
        return (rootKeyBits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The key's bit: the top bits of its hash spread by a multiplier, so similar words fall far apart. */
    private int rootKeyBit(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> rootKeyShift;
    }

    public int size() {
        return size;
    }

    /** Every match starting at {@code start}, longest first. */
    public List<Match<V>> matchesAt(List<Token> tokens, int start) {
        // Asked at every token of every text: indexed loops and no list until something matches,
        // since iterators and empty lists were a sizeable share of what extraction allocated.
        // Many words that start a phrase end none there: the list waits for a first match.
        List<Node<V>> frontier = rootChildren(tokens.get(start));
        if (frontier.isEmpty()) return List.of();
        List<Match<V>> out = null;
        for (int j = start; ; j++) {
            for (int n = 0; n < frontier.size(); n++) {
                Node<V> node = frontier.get(n);
                if (node.values == null) continue;
                if (out == null) out = new ArrayList<>(2);
                out.add(0, new Match<>(start, j + 1, node.values));
            }
            if (j + 1 >= tokens.size()) break;
            frontier = next(frontier, tokens.get(j + 1));
            if (frontier.isEmpty()) break;
        }
        return out == null ? List.of() : out;
    }

    /**
     * The root's children along the token's stem and, when it differs, its folded form, as
     * {@link #next} gives them; a key whose bit is clear is not looked up in the root map, whose
     * look-ups (a cache miss each in a large trie) were the most sampled line of extraction.
     */
    private List<Node<V>> rootChildren(Token t) {
        boolean stemMayBeKey = mayBeRootKey(t.stem());
        boolean formMayBeKey = !t.folded().equals(t.stem()) && mayBeRootKey(t.folded());
        if (!stemMayBeKey && !formMayBeKey) return List.of();
        return children(root, t, stemMayBeKey, formMayBeKey);
    }

    /**
     * The node's children along the token's stem and its folded form, each looked up only when
     * asked: none, one or two, in that order. Walks mostly hold one node, so an immutable list of
     * one or two saves a list and its array per step.
     */
    private static <V> List<Node<V>> children(Node<V> node, Token t, boolean byStem, boolean byForm) {
        Node<V> alongStem = byStem ? node.children.get(t.stem()) : null;
        Node<V> alongForm = byForm ? node.children.get(t.folded()) : null;
        if (alongStem == null) return alongForm == null ? List.of() : List.of(alongForm);
        return alongForm == null || alongForm == alongStem ? List.of(alongStem) : List.of(alongStem, alongForm);
    }

    /** The children of the nodes along the token's stem and, when it differs, its folded form. */
    private static <V> List<Node<V>> next(List<Node<V>> frontier, Token t) {
        boolean formDiffers = !t.folded().equals(t.stem());
        if (frontier.size() == 1) return children(frontier.get(0), t, true, formDiffers);
        List<Node<V>> next = null;
        for (int n = 0; n < frontier.size(); n++) {
            Node<V> node = frontier.get(n);
            Node<V> byStem = node.children.get(t.stem());
            Node<V> byForm = formDiffers ? node.children.get(t.folded()) : null;
            if (byStem == null && byForm == null) continue;
            if (next == null) next = new ArrayList<>(2);
            if (byStem != null) next.add(byStem);
            if (byForm != null && byForm != byStem) next.add(byForm);
        }
        return next == null ? List.of() : next;
    }
}
