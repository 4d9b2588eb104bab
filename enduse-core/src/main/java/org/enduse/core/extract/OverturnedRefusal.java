package org.enduse.core.extract;

import java.util.List;

/**
 * "Германия долго отказывалась передавать танки, но в январе передала Украине 14 Leopard", "Germany, which had long refused
 * to send tanks, delivered 14 Leopards": a refusal the same sentence tells its giver went back on, delivering in a clause
 * apart ({@link SeparateClauses}), is the delivery's history, no denial. A refusal naming goods of its own ("refused to send
 * Taurus, but delivered Patriots") still refuses them.
 */
final class OverturnedRefusal {
    private OverturnedRefusal() {}

    /** The denial, or null when its cue is a refusal its giver overturned by a delivery among the sentence's transfers. */
    static Event unlessOverturned(Event denial, Lexicon.Hit cue, SentenceRoles roles, List<Event> told, List<Mention> actors) {
        if (denial == null || denial.by() == null || !"denial".equals(denial.stance()) || !refuses(roles, cue)) return denial;
        boolean delivered = Lists.any(told, e -> e.type() == EventType.TRANSFER && "delivered".equals(e.status()) && denial.by().equals(e.donor()));
        if (!delivered) return denial;
        boolean ownGoods = Lists.any(SeparateClauses.with(roles, cue.startToken(), actors), m -> m.kind() == MentionKind.EQUIPMENT);
        return ownGoods ? denial : null;
    }

    /** A refused giving, or a stance verb that is a word of refusal ("refused", "отказывалась"), not "denied". */
    private static boolean refuses(SentenceRoles roles, Lexicon.Hit cue) {
        return cue.cue().value().equals(StatementCue.REFUSAL) || roles.passage().cueAt(cue.startToken(), Lexicon.get(), "negation") != null;
    }
}
