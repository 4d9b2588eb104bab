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

    /** The first words of the phrases, along stems and folded forms; see {@link RootTable} for why not a map. */
    private final RootTable<Node<V>> roots = new RootTable<>();
    private int size;

    public void add(List<Token> phrase, V value) {
        if (phrase.isEmpty()) return;
        addPath(phrase, value, true);
        addPath(phrase, value, false);
        size++;
    }

    private void addPath(List<Token> phrase, V value, boolean stems) {
        String first = key(phrase.get(0), stems);
        Node<V> node = roots.get(first);
        if (node == null) roots.put(first, node = new Node<>());
        for (int t = 1; t < phrase.size(); t++) node = node.children.computeIfAbsent(key(phrase.get(t), stems), k -> new Node<>());
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) node.values.add(value);
    }

    private static String key(Token t, boolean stem) {
        return stem ? t.stem() : t.folded();
    }

    public int size() {
        return size;
    }

    /** Every match starting at {@code start}, longest first. */
    public List<Match<V>> matchesAt(List<Token> tokens, int start) {
        // Asked at every token of every text: indexed loops and no list until something matches,
        // since iterators and empty lists were a sizeable share of what extraction allocated.
        // Many words that start a phrase end none there: the list waits for a first match. Walks
        // mostly hold one node: that one is kept as it is ({@code single}), and only a walk along
        // two nodes at once keeps a list of them ({@code several}).
        Token first = tokens.get(start);
        Node<V> byStem = roots.get(first.stem());
        Node<V> byForm = first.folded().equals(first.stem()) ? null : roots.get(first.folded());
        List<Node<V>> several = null;
        List<Match<V>> out = null;
        for (int j = start; ; j++) {
            // The step from the root or from one node found a node along the stem and one along the folded form, each possibly none.
            Node<V> single = null;
            if (several == null) {
                if (byStem != null && byForm != null && byForm != byStem) several = List.of(byStem, byForm);
                else if ((single = byStem == null ? byForm : byStem) == null) break;
            }
            if (single != null) {
                out = withMatch(out, single, start, j);
            } else {
                for (int n = 0; n < several.size(); n++) out = withMatch(out, several.get(n), start, j);
            }
            if (j + 1 >= tokens.size()) break;
            Token t = tokens.get(j + 1);
            if (single != null) {
                byStem = single.children.get(t.stem());
                byForm = t.folded().equals(t.stem()) ? null : single.children.get(t.folded());
                continue;
            }
            several = next(several, t);
            if (several.isEmpty()) break;
            if (several.size() == 1) {
                byStem = several.get(0);
                byForm = null;
                several = null;
            }
        }
        return out == null ? List.of() : out;
    }

    /** The matches so far with the node's phrases ending at token j, in front: a longer match comes first. */
    private static <V> List<Match<V>> withMatch(List<Match<V>> out, Node<V> node, int start, int j) {
        if (node.values == null) return out;
        if (out == null) out = new ArrayList<>(2);
        out.add(0, new Match<>(start, j + 1, node.values));
        return out;
    }

    /** The children of the nodes along the token's stem and, when it differs, its folded form, in the frontier's order. */
    private static <V> List<Node<V>> next(List<Node<V>> frontier, Token t) {
        boolean formDiffers = !t.folded().equals(t.stem());
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
