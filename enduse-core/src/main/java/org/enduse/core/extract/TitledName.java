package org.enduse.core.extract;

import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * A person credited with a title in front of the name, and the words of that credit: the role, the
 * body or state it belongs to, the state adjective and the article that open it ("der deutsche
 * Verteidigungsminister Boris Pistorius", "Dutch Defence Minister Kajsa Ollongren", "le Premier
 * ministre Mark Rutte", "глава МИД РФ Сергей Лавров", "посол РФ в США Анатолий Антонов").
 * Labellers of the real reports write a titled credit so (docs/devset.md, settled in round 14).
 */
final class TitledName {
    /** Words a title may span before the name: "глава офиса президента Украины Андрей Ермак". */
    private static final int REACH = 7;
    /** Words that join a role to its body or seat inside a title: "minister van Buitenlandse Zaken", "ambassadeur russe auprès de l'Onu". */
    private static final Set<String> JOINERS = Set.of("of", "for", "to", "at", "in", "van", "voor", "bij", "de", "du", "des", "d", "auprès", "aux",
            "en", "la", "le", "l", "les", "der", "von", "im", "für", "beim", "the", "het");

    private TitledName() {}

    /**
     * The credit's words for the person, from the title's first word to the end of the name, or null
     * when no role stands right before the name (a name alone, "Pistorius zufolge").
     */
    static String text(Passage s, Mention person, List<Mention> in, Lexicon lexicon) {
        int start = start(s, person, in, lexicon);
        return start < 0 ? null : s.between(s.tokens().get(start).start(), person.end());
    }

    /**
     * How a named source is credited: a titled person by the title and name, a body with the role of
     * its speaker before it by both ("according to a spokesman of the Ministry of Defence"), else the
     * name as written ("laut Lambrecht", "За словами Лекорню", "По словам Борреля"), never the
     * dictionary's full name: the labellers credit a name as the text writes it (docs/devset.md, round 53).
     */
    static String credit(Passage s, Mention source, List<Mention> in, Lexicon lexicon) {
        String titled = source.kind() == MentionKind.PERSON ? text(s, source, in, lexicon) : headOf(s, source, in, lexicon);
        return titled != null ? titled : source.text();
    }

    /**
     * The person whose title the mention belongs to ("заявив міністр оборони Данії Трольс Лунд
     * Поульсен": Данії is part of his title, and he speaks), or null when the mention is not inside one.
     */
    static Mention titledBy(Passage s, Mention m, List<Mention> in, Lexicon lexicon) {
        if (m.kind() == MentionKind.PERSON) return null;
        for (Mention p : in) {
            if (p.kind() != MentionKind.PERSON || p.start() < m.end()) continue;
            int start = start(s, p, in, lexicon);
            return start >= 0 && s.tokens().get(start).start() <= m.start() ? p : null;
        }
        return null;
    }

    /**
     * The credit's words for a role that speaks without a name ("the Dutch minister wrote", "заявив
     * міністр оборони", "данський міністр"): the role, opened as a title is; in Ukrainian and Russian
     * with the body after it ("глава Минобороны Украины добавил").
     */
    static String role(Passage s, Lexicon.Hit role, List<Mention> in, Lexicon lexicon) {
        int start = opening(s, role.startToken(), in, lexicon);
        int end = s.tokens().get(role.endToken() - 1).end();
        if (s.ukrainianOrRussian() && s.joined(role.endToken())) {
            Mention body = at(in, s.tokens().get(role.endToken()));
            if (body != null && body.kind() == MentionKind.ORGANIZATION) end = body.end();
        }
        return s.between(s.tokens().get(start).start(), end);
    }

    /**
     * A body's credit with the role of its head or speaker before it: right before it ("глава
     * Минобороны Украины"), or joined to it by "of"/"du"/"des"/"der" ("une porte-parole du ministère des
     * Affaires étrangères"); a short name in brackets after the body's full name is credited with that
     * name ("Le chef du Département fédéral de l'économie (DEFR)"). Null when no role stands so.
     */
    static String headOf(Passage s, Mention body, List<Mention> in, Lexicon lexicon) {
        if (body.kind() != MentionKind.ORGANIZATION || body.start() < s.start() || body.end() > s.end()) return null;
        int first = SentenceRoles.firstEndingAfter(s, body.start());
        if (first == 0 || first >= s.tokens().size()) return null;
        boolean bracketed = bracketed(s, first, body);
        if (!bracketed && !s.joined(first)) return null;
        int end = bracketed ? body.end() + 1 : body.end();
        for (int k = Math.max(0, first - REACH); k < first; k++) {
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role == null || role.endToken() > first) continue;
            boolean right = role.endToken() == first && !bracketed;
            if (right || joinedBy(s, role.endToken(), first, bracketed, in, lexicon)) {
                return s.between(s.tokens().get(opening(s, k, in, lexicon)).start(), end);
            }
        }
        return null;
    }

    /** "(DEFR)": the body's name alone in brackets, right after the words before it. */
    private static boolean bracketed(Passage s, int first, Mention body) {
        return s.between(s.tokens().get(first - 1).end(), body.start()).strip().equals("(")
                && body.end() < s.end() && s.between(body.end(), body.end() + 1).equals(")");
    }

    /**
     * True when the tokens from..to-1 join a role to the body at to: a joining word first ("of the",
     * "du", "de la"), then, before a bracketed short name, the body's full name; spaces alone between,
     * no verb of saying, number or person among them.
     */
    private static boolean joinedBy(Passage s, int from, int to, boolean bracketed, List<Mention> in, Lexicon lexicon) {
        if (from >= to || !JOINERS.contains(s.tokens().get(from).folded())) return false;
        for (int k = from; k < to; k++) {
            if (!s.joined(k + 1) && !(bracketed && k + 1 == to)) return false;
            Token t = s.tokens().get(k);
            if (t.isNumeric() || s.cueAt(k, lexicon, "speech", "attribution") != null) return false;
            Mention m = at(in, t);
            if (m != null && m.kind() == MentionKind.PERSON) return false;
            if (!bracketed && !JOINERS.contains(t.folded())) return false;
        }
        return true;
    }

    /** A word that joins a noun to whom it belongs: "of", "van", "de", "von". */
    static boolean joins(Token t) {
        return JOINERS.contains(t.folded());
    }

    /** The first token of the person's title, or -1 when the name has none. */
    private static int start(Passage s, Mention person, List<Mention> in, Lexicon lexicon) {
        if (person.kind() != MentionKind.PERSON || person.start() < s.start() || person.end() > s.end() || s.tokens().isEmpty()) return -1;
        int name = SentenceRoles.firstEndingAfter(s, person.start());
        if (name >= s.tokens().size()) return -1;
        // The leftmost role whose words up to the name make one title.
        for (int k = Math.max(0, name - REACH); k < name; k++) {
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role != null && role.endToken() <= name && title(s, k, name, person, in, lexicon)) return opening(s, k, in, lexicon);
        }
        return -1;
    }

    /**
     * True when the tokens from..name-1 read as one title: joined by spaces alone, no speech or
     * credit verb, no number and no other person among them; in Ukrainian and Russian any word may
     * stand (a body in the genitive: "офиса президента"), elsewhere a role, a name, a capitalised word
     * or a joining word ("van", "auprès de").
     */
    private static boolean title(Passage s, int from, int name, Mention person, List<Mention> in, Lexicon lexicon) {
        boolean slavic = s.ukrainianOrRussian();
        for (int k = from; k < name; ) {
            if (!s.joined(k + 1) || glued(s, k + 1)) return false;
            Token t = s.tokens().get(k);
            if (t.isNumeric() || s.cueAt(k, lexicon, "speech", "attribution") != null) return false;
            Mention m = at(in, t);
            if (m != null && m != person && m.kind() == MentionKind.PERSON) return false;
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role != null && role.endToken() <= name) {
                k = role.endToken();
                continue;
            }
            boolean allowed = m != null || t.isCapitalised() || JOINERS.contains(t.folded()) || slavic && !pastTense(t);
            if (!allowed) return false;
            k++;
        }
        return true;
    }

    /**
     * The role's first token, widened over the state or body right before it ("Dutch", "Pentagon"), a word
     * telling when the title is held ({@link #tenureBefore}) and an article ("der", "le").
     */
    private static int opening(Passage s, int role, List<Mention> in, Lexicon lexicon) {
        int start = role;
        if (start > 0 && s.joined(start)) {
            Mention before = at(in, s.tokens().get(start - 1));
            // Not an outlet: in "заявил РИА Новости советник ... Ян Гагин" the outlet is whom he told.
            if (before != null && (before.kind() == MentionKind.COUNTRY || before.kind() == MentionKind.ORGANIZATION
                    && before.actorKind() != ActorKind.MEDIA_OUTLET)) {
                start = SentenceRoles.firstEndingAfter(s, before.start());
            }
        }
        if (tenureBefore(s, start, lexicon)) start--;
        if (start > 0 && s.joined(start) && SentenceRoles.isArticle(s.tokens().get(start - 1))) start--;
        return start;
    }

    /**
     * True when a word telling when the title is held stands right before token k, with a space or a hyphen
     * between ("Former Russian president", "the ex-minister", "l'ancien président", "der ehemalige russische
     * Präsident", "колишній міністр"): it is part of the title as written, and the labellers keep it in the
     * credit (docs/devset.md, round 54).
     */
    private static boolean tenureBefore(Passage s, int k, Lexicon lexicon) {
        if (k == 0 || !s.joined(k)) return false;
        Lexicon.Hit tenure = s.cueAt(k - 1, lexicon, "tenure");
        return tenure != null && tenure.endToken() == k;
    }

    /** "міністр оборониРаніше міністр": a capital glued to a lower-case word with no space is where two lines ran together. */
    private static boolean glued(Passage s, int k) {
        Token before = s.tokens().get(k - 1), t = s.tokens().get(k);
        return t.start() == before.end() && t.isCapitalised() && !before.isCapitalised() && !before.isNumeric();
    }

    private static Mention at(List<Mention> in, Token t) {
        for (Mention m : in) if (m.start() <= t.start() && t.end() <= m.end()) return m;
        return null;
    }

    /** A Slavic past-tense verb form ("встретил", "зустрів", "передала"): the end of a clause, not a word of a title. */
    private static boolean pastTense(Token t) {
        String w = t.folded();
        return !t.isCapitalised() && (w.endsWith("л") || w.endsWith("ла") || w.endsWith("ли") || w.endsWith("ло") || w.endsWith("ив"));
    }
}
