package org.enduse.core.extract;

/**
 * A giving verb in the passive infinitive tells a giving still to come: "with the first planes to be delivered by the end of
 * the year", "avant d'être livrés à l'Ukraine", "pour être transférée à l'Ukraine". The participle alone reads as delivered and
 * the infinitive marker ("to") stands before the auxiliary, not before the verb, so neither is seen; the bare auxiliary
 * ("be", "être", lexicon category {@code passiveinfinitive}) right before the participle is an infinitive whatever governs it.
 * The perfect ("have been delivered", "ont été livrés") keeps its finite auxiliary and stays delivered.
 */
final class PassiveInfinitive {
    private PassiveInfinitive() {
    }

    /**
     * Where the passive infinitive before the cue at token k begins: the infinitive marker before the auxiliary ("to" of "to be
     * delivered") or the auxiliary itself; -1 when the cue is no passive infinitive.
     */
    static int start(Passage s, int k) {
        if (k < 1 || !s.joined(k) || s.cueAt(k - 1, Lexicon.get(), "passiveinfinitive") == null) return -1;
        boolean marker = k >= 2 && s.joined(k - 1) && s.cueAt(k - 2, Lexicon.get(), "infinitive") != null;
        return marker ? k - 2 : k - 1;
    }
}
