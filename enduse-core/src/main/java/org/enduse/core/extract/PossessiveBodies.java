package org.enduse.core.extract;

import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * English names a state's body with the state in the possessive before it: "Britain's Ministry of
 * Defence", "Finland's National Bureau of Investigation". The state is part of the body's name, as a
 * nationality is ("Dutch defence ministry"), so the two are one organisation of that state. Only
 * bodies and forces: "Ukraine's Ukrinform" still names the outlet alone.
 */
final class PossessiveBodies {
    private static final Set<ActorKind> STATE_BODIES = Set.of(ActorKind.GOVERNMENT_BODY, ActorKind.ARMED_FORCE);

    private PossessiveBodies() {}

    /** Joins each country in the possessive to the body right after it, in place. */
    static void join(Passage p, List<Mention> mentions) {
        if (!p.language().equals("en")) return;
        BodyStateJoin.joinEach(mentions,
                body -> body.kind() == MentionKind.ORGANIZATION && (body.actorKind() == null || STATE_BODIES.contains(body.actorKind())),
                body -> possessiveBefore(p, mentions, body),
                (body, state) -> body.over(p.between(state.start(), body.end()), state.start(), body.end()).withRole(body.role(), state.code()));
    }

    /** The country mention that ends in "'s " right before the body, or null. */
    private static Mention possessiveBefore(Passage p, List<Mention> mentions, Mention body) {
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.COUNTRY || m.end() >= body.start() || body.start() - m.end() > 4) continue;
            String gap = p.between(m.end(), body.start());
            if (gap.length() == 3 && Tokenizer.isApostrophe(gap.charAt(0)) && gap.charAt(1) == 's' && gap.charAt(2) == ' ') return m;
        }
        return null;
    }
}
