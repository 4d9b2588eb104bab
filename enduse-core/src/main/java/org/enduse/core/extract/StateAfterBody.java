package org.enduse.core.extract;

import java.util.List;
import org.enduse.core.catalog.ActorKind;

/**
 * Ukrainian and Russian name a state's ministry by its short name with the state in the genitive
 * after it: "Минобороны Дании", "Міноборони Данії", "МЗС рф", "мзс росії". The state is part of the
 * body's name, as it is in the long form "Міністерство оборони США" ({@link GovernmentBodies}), so the
 * two are one organisation of that state. The dictionary's entry for the short name alone is the
 * home state's ministry ("Минобороны" is Russia's), so a body of another state keeps no entry. A force
 * named with a capital is joined the same way ("Черноморского флота РФ", "Повітряних сил Угорщини": the
 * entry "Повітряних сил" is Ukraine's air force, this one Hungary's).
 */
final class StateAfterBody {
    /** Genitive endings of a state's name ("Дании", "Данії", "Литвы", "Нідерландів", "Ізраїлю"); a nominative ends otherwise ("Дания", "Україна"). */
    private static final String[] GENITIVE_ENDINGS = {"и", "і", "ї", "ы", "ів", "ов", "ю"};

    private StateAfterBody() {}

    /** Joins each government body or named force to the state named in the genitive right after it, in place. */
    static void join(Passage p, List<Mention> mentions) {
        if (!p.ukrainianOrRussian()) return;
        BodyStateJoin.joinEach(mentions,
                body -> body.kind() == MentionKind.ORGANIZATION && (body.actorKind() == ActorKind.GOVERNMENT_BODY
                        || namedForce(body)),
                body -> stateAfter(p, mentions, body),
                (body, state) -> {
                    boolean home = state.code().equals(body.country());
                    String text = p.between(body.start(), state.end());
                    return new Mention(MentionKind.ORGANIZATION, text, body.start(), state.end(), home ? body.id() : null, home ? body.name() : text,
                            null, state.code(), null, null, null, null, null, body.role(), body.confidence(), body.actorKind());
                });
    }

    /** A force or a unit of it named with a capital ("Повітряних сил", "Черноморского флота"), not described ("армії"). */
    private static boolean namedForce(Mention m) {
        return (m.actorKind() == ActorKind.ARMED_FORCE || m.actorKind() == ActorKind.UNIT) && Character.isUpperCase(m.text().charAt(0));
    }

    /** The country mention in the genitive one space after the body, or null. */
    private static Mention stateAfter(Passage p, List<Mention> mentions, Mention body) {
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.COUNTRY || m.code() == null || m.start() != body.end() + 1 || p.text().charAt(body.end()) != ' ') continue;
            String word = m.text().toLowerCase(java.util.Locale.ROOT);
            boolean abbreviation = m.text().length() <= 3 && m.text().indexOf(' ') < 0; // "США", "РФ", "рф": not declined
            return abbreviation || SentenceRoles.endsWithAny(word, GENITIVE_ENDINGS) ? m : null;
        }
        return null;
    }
}
