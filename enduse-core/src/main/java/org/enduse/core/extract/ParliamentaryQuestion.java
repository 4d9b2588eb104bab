package org.enduse.core.extract;

import java.util.List;
import org.enduse.core.catalog.ActorKind;

/**
 * A member of parliament questioning the government: "eine Kleine Anfrage der AfD-Fraktion", "Vragen van
 * het lid Hammelburg (D66) aan de Minister van Defensie", "a hearing in the House of Representatives". The
 * real-report labellers read it as an inquiry by the parliament's state into that same state (its
 * government answers), whatever other states the question is about (batches 17, 28, 41 and 46); it is
 * written with kind explanation, what the question asks of the government.
 */
final class ParliamentaryQuestion {
    private ParliamentaryQuestion() {}

    /** The question of a cue, or null when the sentence names no parliament, government or party with its state. */
    static Event read(SentenceContext c, Lexicon.Hit cue, List<Mention> in) {
        Passage s = c.passage();
        Mention house = Lists.first(in, ParliamentaryQuestion::statesBody);
        // "Die Antwort auf die Kleine Anfrage zeigt ...": a question named again is the last one's.
        String state = house == null ? c.speakers().inquiryOwner("question") : house.country();
        if (state == null) return null;
        c.speakers().inquiryHeld("question", state);
        return new Event(EventType.INQUIRY, null, null, EventFinder.equipment(in), null, null, null, null, null, null, null, state,
                state, "explanation", null, c.attributed(), EventFinder.confidence(EventFinder.count(state, state, "explanation"), c.attributed()),
                s.start(), s.end());
    }

    /** A parliament, government body or party whose state the catalog gives: who questions and who answers. */
    private static boolean statesBody(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.country() != null
                && (m.actorKind() == ActorKind.GOVERNMENT_BODY || m.actorKind() == ActorKind.POLITICAL_PARTY);
    }
}
