package org.enduse.core.extract;

import java.util.List;

/** The country a person speaks for, read from the words around the name in its sentence. */
final class PersonCountry {
    private PersonCountry() {}

    /** The country of the actor after a comma right after the person: "Matthew Miller, einen Sprecher des US-Außenministeriums". */
    static String appositive(Passage s, List<Mention> actors, Mention person, int within) {
        for (Mention m : actors) {
            if (m.start() < person.end() || m == person) continue;
            String gap = s.between(person.end(), m.start());
            if (m.start() - person.end() > within || !gap.strip().startsWith(",")) return null;
            if (EventFinder.hasPunctuation(gap.strip().substring(1))) return null;
            if (SentenceRoles.canAct(m) && m.kind() != MentionKind.PERSON || m.kind() == MentionKind.PERSON && m.country() != null) {
                return SentenceRoles.countryOf(m);
            }
        }
        return null;
    }

    /**
     * The country of the body or state right before the person's role: "Russian Foreign Ministry
     * spokesman Maria Zakharova", "речник МЗС України Олег Ніколенко". Only a role between, so that
     * "Russia accused Zelensky" gives nothing.
     */
    static String roleOf(SentenceRoles roles, List<Mention> actors, Mention person, Lexicon lexicon) {
        Passage s = roles.passage();
        if (s.tokens().isEmpty() || person.start() < s.start() || person.end() > s.end()) return null;
        int first = roles.firstToken(person);
        Mention body = null;
        for (Mention m : actors) {
            if (m.end() <= person.start() && m.kind() != MentionKind.PERSON && SentenceRoles.canAct(m) && m.country() != null) body = m;
        }
        if (body == null) return null;
        int from = roles.lastToken(body) + 1;
        if (first - from < 0 || first - from > 3 || EventFinder.hasPunctuation(s.between(body.end(), person.start()))) return null;
        // Every word between is the role ("spokesman", "Sprecher", "речник").
        for (int k = from; k < first; ) {
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role == null) return null;
            k = role.endToken();
        }
        return SentenceRoles.countryOf(body);
    }
}
