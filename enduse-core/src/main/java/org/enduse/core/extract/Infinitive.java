package org.enduse.core.extract;

/**
 * Where the infinitive of a giving verb begins: its marker right before it ("to supply", "te leveren"), or, in the passive,
 * the marker before the bare auxiliary ("to be delivered") or that auxiliary alone ("avant d'être livrés", "pour être
 * transférée"). An infinitive tells a giving still to come. In the passive the participle alone reads as delivered and
 * the marker stands before the auxiliary, not before the verb; the bare auxiliary ("be", "être", lexicon category
 * {@code passiveinfinitive}) right before the participle is an infinitive whatever governs it. The perfect ("have been
 * delivered", "ont été livrés") keeps its finite auxiliary and stays delivered.
 */
final class Infinitive {
    private Infinitive() {
    }

    /** The first token of the infinitive the cue at token k is in, or -1 when it is in none. */
    static int start(Passage s, int k) {
        if (k < 1 || !s.joined(k)) return -1;
        if (s.cueAt(k - 1, Lexicon.get(), "passiveinfinitive") == null) return s.cueAt(k - 1, Lexicon.get(), "infinitive") != null ? k - 1 : -1;
        boolean marker = k >= 2 && s.joined(k - 1) && s.cueAt(k - 2, Lexicon.get(), "infinitive") != null;
        return marker ? k - 2 : k - 1;
    }
}
