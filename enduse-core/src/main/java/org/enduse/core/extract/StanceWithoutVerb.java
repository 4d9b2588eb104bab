package org.enduse.core.extract;

import java.util.List;

/**
 * A statement a sentence holds without a stance verb, tried in turn: a summons or diplomatic note
 * over arms supplies (a protest), words a speaker negates or calls false (a denial), the speaker of
 * the unclaimed negated words before, arms kept under control (an assurance), arms gone astray or
 * propaganda (an accusation). Null when the sentence holds none.
 */
final class StanceWithoutVerb {
    private StanceWithoutVerb() {}

    /**
     * @param found     the events already read from the sentence
     * @param inquiries the sentence's inquiry cues, as {@link EventFinder} read them
     * @param unclaimed the negated words of the sentence before, which named no speaker; or null
     */
    static Event read(SentenceContext c, List<Event> found, List<Lexicon.Hit> inquiries, Discourse.Unclaimed unclaimed) {
        Passage s = c.passage();
        SourceCredit attribution = c.attribution();
        String attributed = c.attributed();
        Mention speaker = c.speaker();
        ImpliedStances implied = new ImpliedStances(c);
        Event protest = protest(found, c.roles(), inquiries, attributed);
        if (protest != null) return protest;
        Event stance = implied.denial(attributed, attribution == null ? null : c.in().stream()
                .filter(m -> m.inside(attribution.start(), attribution.end()) && m.kind() != MentionKind.COUNTRY)
                .findFirst().orElse(null), speaker);
        // "Таку заяву зробив представник ГУР": this sentence names who said the words before.
        if (stance == null) stance = implied.claimedDenial(unclaimed, attributed);
        if (stance == null) stance = implied.assurance(attributed, speaker);
        return stance != null ? stance : implied.accusation(attributed, speaker);
    }

    /**
     * "summoned France's ambassador over the military support offered to Ukraine", "направила странам
     * НАТО ноту из-за поставок вооружений Украине": a state that summons an envoy or sends a note over
     * arms being supplied protests against the supply, a condemnation by the summoner. A summons over
     * anything else (arms seen in a video, drone debris) takes no stance on a supply.
     */
    private static Event protest(List<Event> found, SentenceRoles roles, List<Lexicon.Hit> inquiries, String attributed) {
        // Most sentences hold no summons: look for one among the events before reading the sentence again.
        if (!Lists.any(found, StanceWithoutVerb::diplomatic)) return null;
        Passage s = roles.passage();
        // "heeft een brief gestuurd": the verb that sends the note, closing a Dutch or German clause, supplies nothing.
        List<Lexicon.Hit> supplies = Lists.where(Lexicon.get().all(s, "transfer", "delivery"), t -> !CuesThatGiveNothing.givesNothing(roles, t));
        for (Lexicon.Hit h : inquiries) {
            String kind = h.cue().value();
            // The supply protested stands after the summons or note: "ноту из-за поставок"; "stuurde een brief" only sends the letter.
            // In the note's clause: "stuurde een brief naar Rusland en leverde F-16's" protests against nothing.
            boolean overSupply = supplies.stream().anyMatch(t -> t.startToken() >= h.endToken() && !roles.clauseBreak(h.endToken(), t.startToken()));
            if (!overSupply) continue;
            for (Event e : found) {
                if (diplomatic(e) && kind.equals(e.kind())) {
                    return Event.statement(e.by(), null, "condemnation", e.equipment(), attributed, EventFinder.confidence(2, attributed),
                            s.start(), s.end());
                }
            }
        }
        return null;
    }

    /** A summons or a note whose sender the sentence names. */
    private static boolean diplomatic(Event e) {
        return e.type() == EventType.INQUIRY && ("summons".equals(e.kind()) || "letter".equals(e.kind())) && e.by() != null;
    }
}
