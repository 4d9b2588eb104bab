package org.enduse.core.extract;

import java.util.List;

/**
 * A giver without a country code standing at a giving: "Russian officials warned that Western military supplies to
 * Kyiv ...", "le discours russe selon lequel les armes occidentales fournies à l'Ukraine ...", "Russland liegt weit
 * vor westlichen Ländern, die Waffen an die Ukraine liefern", "установки, поставленные Западом". The West, Western
 * countries or allies give there, so the state the roles found further off (most often the report's own or the
 * speaking state) is not the giver, and the transfer has no donor (docs/devset.md: a giver without a country code
 * gives a transfer without `donor`). Lexicon: category "suchas", value "collective".
 */
final class CollectiveGivers {
    private CollectiveGivers() {}

    /** Words before the cue a collective giver may stand: "Western military supplies", "les armes occidentales fournies". */
    private static final int REACH_BEFORE = 5;
    /** German and Dutch put the objects between the subject and the final verb: "Die westlichen Verbündeten haben der Ukraine bisher 600 Panzer geliefert". */
    private static final int REACH_BEFORE_VERB_LAST = 10;
    /** Words after the cue: "livrées par l'Occident", "supplied to Ukraine by Western countries", "поставленную ВСУ Западом". */
    private static final int REACH_AFTER = 6;
    /** Words between the agent's preposition and the collective word: "par les puissances occidentales". */
    private static final int AGENT_NOUN_REACH = 3;

    /**
     * True when a collective giver stands between the donors found and the cue in the cue's clause (or opens the
     * relative clause whose verb the cue is), not coordinated with them ("Germany and other Western countries");
     * or, for a delivery noun or goods described by their giving ({@code onGoods}), as the passive's agent right after the cue.
     */
    static boolean giveInstead(SentenceRoles roles, List<Mention> in, Lexicon.Hit cue, List<Mention> donors, boolean onGoods) {
        Passage s = roles.passage();
        int k = cue.startToken();
        int donorsEnd = 0;
        for (Mention d : donors) donorsEnd = Math.max(donorsEnd, d.end());
        if (donorsEnd > s.tokens().get(k).start()) return false;
        boolean relativeOpened = false;
        boolean verbLast = SentenceRoles.verbLast(s);
        int stop = Math.max(0, k - (verbLast ? REACH_BEFORE_VERB_LAST : REACH_BEFORE));
        for (int j = k - 1; j >= stop; j--) {
            if (roles.clauseBreak(j + 1, j + 1)) {
                // "westlichen Ländern, die Waffen liefern": the relative clause's verb has the noun before it as subject.
                if (relativeOpened || !opensRelative(s, j + 1)) break;
                relativeOpened = true;
                stop = Math.max(0, j - 2);
            }
            Lexicon.Hit hit = collectiveAt(s, in, j);
            if (hit != null && hit.endToken() <= k && s.tokens().get(j).start() >= donorsEnd
                    && (donors.isEmpty() || !coordinatorBetween(s, donorsEnd, j))) return true;
        }
        if (donors.isEmpty() && subjectAfterVerb(s, in, cue)) return true;
        if (!onGoods) return false;
        for (int j = cue.endToken(); j < Math.min(s.tokens().size(), cue.endToken() + REACH_AFTER); j++) {
            if (roles.clauseBreak(j, j)) return false;
            Lexicon.Hit hit = collectiveAt(s, in, j);
            if (hit != null && agent(s, hit)) return true;
        }
        return false;
    }

    /**
     * "livrées par l'Occident", "sent by the West", "par les puissances occidentales", "поставленные Западом", "переданных
     * странами Запада": after the cue the collective gives only as the passive's agent, after the agent's preposition
     * (an article and a noun may stand between) or, in Russian and Ukrainian, in the instrumental or as the genitive
     * of a noun in it; "передачу ВСУ западных танков" names goods made in the West, which the clause's subject gives.
     */
    private static boolean agent(Passage s, Lexicon.Hit hit) {
        int k = hit.startToken();
        if (s.ukrainianOrRussian()) {
            String last = s.tokens().get(hit.endToken() - 1).folded();
            String before = k > 0 ? s.tokens().get(k - 1).folded() : "";
            return SentenceRoles.endsWithAny(last, "ом", "ами", "ими", "ыми") || SentenceRoles.endsWithAny(before, "ами", "ями");
        }
        for (int j = k - 1; j >= Math.max(0, k - 1 - AGENT_NOUN_REACH); j--) {
            Lexicon.Hit by = s.cueAt(j, Lexicon.get(), "from");
            if (by != null && by.endToken() <= k) return by.cue().value().equals("agent");
        }
        return false;
    }

    /**
     * "танків, які обіцяли західні союзники", "оружие, которое поставляют западные страны": Ukrainian and Russian put
     * the subject after its verb, most of all in a relative clause. Only a collective noun phrase ("західні союзники"),
     * not an adjective alone, which may describe the goods ("передали західні танки").
     */
    private static boolean subjectAfterVerb(Passage s, List<Mention> in, Lexicon.Hit cue) {
        if (!s.ukrainianOrRussian() || !cue.cue().category().equals("transfer") || cue.endToken() >= s.tokens().size()) return false;
        Lexicon.Hit hit = collectiveAt(s, in, cue.endToken());
        return hit != null && hit.endToken() - hit.startToken() > 1;
    }

    /** A relative pronoun after a comma; German and Dutch ones are also articles ("Ländern, die Waffen liefern"). */
    private static boolean opensRelative(Passage s, int k) {
        boolean germanic = s.language().equals("de") || s.language().equals("nl");
        return s.cueAt(k, Lexicon.get(), "relpronoun") != null || germanic && SentenceRoles.isArticle(s.tokens().get(k));
    }

    /** True when the sentence names a collective giver anywhere ("L'Occident ... pourraient donner"): a giver is named, if without a code. */
    static boolean named(Passage s, List<Mention> in) {
        for (Lexicon.Hit hit : Lexicon.get().all(s, "suchas")) if (collectiveAt(s, in, hit.startToken()) != null) return true;
        return false;
    }

    /** A collective giver starting at token j; not a region's adjective ("in der westlichen Ukraine", "western Ukraine"). */
    private static Lexicon.Hit collectiveAt(Passage s, List<Mention> in, int j) {
        Lexicon.Hit hit = s.cueAt(j, Lexicon.get(), "suchas");
        if (hit == null || !hit.cue().value().equals("collective")) return null;
        int next = hit.endToken();
        if (next < s.tokens().size()) {
            int nextStart = s.tokens().get(next).start();
            for (Mention m : in) if (m.start() == nextStart && m.kind() == MentionKind.COUNTRY) return null;
        }
        return hit;
    }

    /** "Germany and other Western countries": a coordinator after the donors joins the collective to them, who give too. */
    private static boolean coordinatorBetween(Passage s, int from, int token) {
        for (int t = token - 1; t >= 0 && s.tokens().get(t).start() >= from; t--) {
            if (s.cueAt(t, Lexicon.get(), "coordinator") != null) return true;
        }
        return false;
    }
}
