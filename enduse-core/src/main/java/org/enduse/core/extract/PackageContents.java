package org.enduse.core.extract;

import java.util.List;

/**
 * "The package includes 32 Stryker carriers", "Dazu zählen vier Panzerhaubitzen 2000", "Cette
 * nouvelle aide comprend des Bradley", and what it is about ("Het gaat onder meer om honderd
 * scherpschuttersgeweren", "речь идет о 31 танке"): a sentence that lists what a package holds names no giving
 * of its own; it tells more of the transfer told before it. It is read as a transfer without
 * parties or status, which {@link TransferContext} completes from the last transfer of the report
 * (or drops when the report told none).
 */
final class PackageContents {
    private PackageContents() {}

    /** The sentence's contents list as an open transfer, or null when it lists no goods. */
    static Event find(Passage s, List<Mention> in, String attributed, String antecedent, Lexicon lexicon) {
        Lexicon.Hit cue = Lists.first(lexicon.all(s, "suchas"), h -> h.cue().value().equals("contents") || h.cue().value().equals("about"));
        if (cue == null || !(cue.cue().value().equals("about") || aboutPackage(s, cue, lexicon))) return null;
        List<String> equipment = EventFinder.equipment(in, antecedent);
        // "Het gaat om 130.000 militairen": people are no goods of a package.
        Mention quantity = in.stream().filter(m -> m.countsGoods()).findFirst().orElse(null);
        Mention money = EventFinder.firstOf(in, MentionKind.MONEY);
        if (equipment.isEmpty() && quantity == null && money == null) return null;
        int filled = EventFinder.count(equipment.isEmpty() ? null : "x", quantity, money);
        return new Event(EventType.TRANSFER, null, null, equipment, quantity == null ? null : quantity.amount(),
                money == null ? null : money.amount(), money == null ? null : money.currency(), null, null, null, null, null, null,
                null, null, attributed, EventFinder.confidence(filled, attributed), s.start(), s.end());
    }

    /**
     * The verb's subject is a package or aid ("The package includes", "Die Hilfe umfasst"), or the
     * verb opens the sentence pointing back to one ("Dazu zählen", "Ebenfalls zum Paket gehören"):
     * "The agreement includes", "Das System enthält" list no package.
     */
    private static boolean aboutPackage(Passage s, Lexicon.Hit cue, Lexicon lexicon) {
        if (cue.startToken() <= 1) return true;
        return lexicon.all(s, "goods").stream().anyMatch(g -> g.endToken() <= cue.startToken() && !EventFinder.hasPunctuation(
                s.between(s.tokens().get(g.endToken() - 1).end(), s.tokens().get(cue.startToken()).start())));
    }

    /** True for a contents list still waiting for the transfer it belongs to. */
    static boolean open(Event e) {
        return e.type() == EventType.TRANSFER && e.status() == null && e.donor() == null && e.recipient() == null;
    }
}
