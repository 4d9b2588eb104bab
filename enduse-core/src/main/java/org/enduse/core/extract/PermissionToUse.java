package org.enduse.core.extract;

/**
 * A permission to use arms already given is no transfer: "Biden has authorized Ukraine to strike at Russian territory
 * with American long-range missiles", "der Ukraine erlaubt, ... Raketen gegen Ziele in Russland einzusetzen", "toestemming
 * ... om Amerikaanse langeafstandsraketten in te zetten", "autorisé l'Ukraine à utiliser des missiles", "схвалила
 * використання ракет Storm Shadow", "разрешение на удары Storm Shadow". The labellers give such sentences no event
 * (batches 52 and 57, docs/devset.md round 54): `approved` is a permission to give or pass on arms. The goods a
 * sentence describes by their past giving ("von den USA gelieferte Raketen", "fournis par Paris") are read by their own
 * cue. Lexicon: category "permitteduse", the words of using and striking that follow the permission.
 */
final class PermissionToUse {
    /** The use may stand this many tokens after the permission: "die Genehmigung erteilt, russische Ziele in der Region Kursk mit amerikanischen ATACMS anzugreifen". */
    private static final int AHEAD = 15;
    private static final Categories USE = Lexicon.get().categories("permitteduse");
    private static final Categories GIVING = Lexicon.get().categories("transfer", "delivery");

    private PermissionToUse() {}

    /**
     * True when the cue is a permission (status `approved`, not a state approving its own aid) whose object is a use: a
     * word of using or striking right before it ("the strike approval") or after it, before any giving the permission's
     * own clause names ("approved the transfer of ATACMS, which Ukraine will use" permits the transfer).
     */
    static boolean only(SentenceRoles roles, Lexicon.Hit cue) {
        if (!AidVerbs.status(cue).equals("approved") || OwnAidApproval.pledges(roles, cue)) return false;
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        int first = cue.startToken();
        if (first > 0 && s.cueAt(first - 1, lexicon, USE) != null) return true;
        int next = cue.endToken();
        for (int j = next; j < Math.min(s.tokens().size(), next + AHEAD); j++) {
            if (s.cueAt(j, lexicon, USE) != null) return true;
            Lexicon.Hit giving = s.cueAt(j, lexicon, GIVING);
            if (giving != null && !AidVerbs.status(giving).equals("approved") && !roles.clauseBreak(next, j)) return false;
        }
        return false;
    }
}
