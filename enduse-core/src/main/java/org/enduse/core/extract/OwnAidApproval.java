package org.enduse.core.extract;

/**
 * A state approving its own aid ("Biden has approved additional military aid", "пакет допомоги схвалив президент США",
 * "Парламент Швеції затвердив військову допомогу Україні") decides to give it: a pledge, not a permission. The
 * labellers of the real batches read it so in 9 of 10 such sentences (docs/devset.md, round 15, status). An approval
 * whose object is a giving ("approved sending them", "die Lieferung ... genehmigt", "затвердив дві поставки") or a
 * permission to another state ("США дозволили Нідерландам передати") names no aid and stays `approved`.
 */
final class OwnAidApproval {
    /** Aid words stand before a Slavic verb whose subject follows it ("пакет ... ухвалив президент США"), after it elsewhere. */
    private static final int BACK = 12;
    private static final int AHEAD = 8;
    private static final Categories GOODS = Lexicon.get().categories("goods");

    private OwnAidApproval() {}

    /**
     * True when the approval cue's clause names aid or an aid package ({@code goods} cues of value {@code aid}), when
     * what is approved is a decision ({@link #decides}), or when a state agrees to give ({@link ConsentToGive}).
     */
    static boolean pledges(SentenceRoles roles, Lexicon.Hit cue) {
        return cue.cue().value().equals("approved")
                && (namesAid(roles, cue) || decides(roles.passage(), cue) || ConsentToGive.own(roles.passage(), cue));
    }

    /**
     * "Уряд Данії ухвалив рішення про додаткове виділення", "правительство одобрило решение о поставках": an approval
     * verb with a decision as its object (the lexicon's {@code prospect} words of value {@code plan}, right after it) is
     * the state deciding to give, as {@link DecidedOrPossible} reads a decision before a giving.
     */
    static boolean decides(Passage s, Lexicon.Hit cue) {
        int next = cue.endToken();
        if (next >= s.tokens().size() || !s.joined(next)) return false;
        Lexicon.Hit word = s.cueAt(next, Lexicon.get(), "prospect");
        return word != null && word.cue().value().equals("plan");
    }

    /**
     * True when the cue's clause names aid or an aid package, before the cue or after it: what an approval pledges, and
     * the only thing an English "announced" gives ("The US announced a $400 million military aid package for Ukraine").
     */
    static boolean namesAid(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        int first = cue.startToken();
        int last = cue.endToken() - 1;
        for (int j = first - 1; j >= Math.max(0, first - BACK); j--) {
            if (roles.clauseBreak(j + 1, first)) break;
            if (aid(s.cueAt(j, lexicon, GOODS))) return true;
        }
        for (int j = last + 1; j < Math.min(s.tokens().size(), last + 1 + AHEAD); j++) {
            if (roles.clauseBreak(last + 1, j)) break;
            if (aid(s.cueAt(j, lexicon, GOODS))) return true;
        }
        return false;
    }

    private static boolean aid(Lexicon.Hit hit) {
        return hit != null && hit.cue().value().equals("aid");
    }
}
