package org.enduse.core.extract;

/**
 * A permission to use arms already given is no transfer: "Biden has authorized Ukraine to strike at Russian territory
 * with American long-range missiles", "der Ukraine erlaubt, ... Raketen gegen Ziele in Russland einzusetzen", "toestemming
 * ... om Amerikaanse langeafstandsraketten in te zetten", "autorisé l'Ukraine à utiliser des missiles", "схвалила
 * використання ракет Storm Shadow", "разрешение на удары Storm Shadow". The labellers give such sentences no event
 * (batches 52 and 57, docs/devset.md round 54): `approved` is a permission to give or pass on arms. The goods a
 * sentence describes by their past giving ("von den USA gelieferte Raketen", "fournis par Paris") are read by their own
 * cue. Lexicon: category "permitteduse", the words of using (value "use") and striking (value "strike",
 * which RefusedPermission reads alone) that follow the permission.
 */
final class PermissionToUse {
    /** The use may stand this many tokens after the permission: "die Genehmigung erteilt, russische Ziele in der Region Kursk mit amerikanischen ATACMS anzugreifen". */
    private static final int AHEAD = 15;
    private static final Categories USE = Lexicon.get().categories("permitteduse");
    private static final Categories GIVING = Lexicon.get().categories("transfer", "delivery");
    /** Goods named: item nouns ("missiles", "vehicles") and materiel. */
    private static final Categories GOODS = Lexicon.get().categories("item", "materiel");

    private PermissionToUse() {}

    /**
     * True when the cue is a permission (status `approved`, not a state approving its own aid) whose object is a use: a
     * word of using or striking right before it ("the strike approval") or after it in its clause, before any goods or
     * giving it names ("approved 24 Patriot missiles for Ukraine to use", "approved the export of F-16 jets to Ukraine,
     * which may use them" permit the giving). German and Dutch name the object before the verb: "die Lieferung ... genehmigt,
     * die Kiew einsetzen will" permits the delivery; there the use stands after a comma ("erlaubt, Raketen ... einzusetzen").
     */
    static boolean only(SentenceRoles roles, Lexicon.Hit cue) {
        if (!AidVerbs.status(cue).equals("approved") || OwnAidApproval.pledges(roles, cue)) return false;
        Passage s = roles.passage();
        Lexicon lexicon = Lexicon.get();
        int first = cue.startToken();
        if (first > 0 && s.cueAt(first - 1, lexicon, USE) != null) return true;
        boolean verbLast = SentenceRoles.verbLast(s);
        // A giving noun, not a verb: "geeft Oekraïne toestemming" gives a permission.
        if (verbLast && roles.cueBefore(first, AHEAD, "delivery", PermissionToUse::gives) != null) return false;
        int next = cue.endToken();
        for (int j = next; j < Math.min(s.tokens().size(), next + AHEAD); j++) {
            if (!verbLast && (roles.clauseBreak(next, j) || s.cueAt(j, lexicon, GOODS) != null)) return false;
            if (s.cueAt(j, lexicon, USE) != null) return true;
            Lexicon.Hit giving = s.cueAt(j, lexicon, GIVING);
            if (giving != null && gives(giving) && !roles.clauseBreak(next, j)) return false;
        }
        return false;
    }

    /** True for a word of giving that is no permission itself ("delivery", not "approval"). */
    private static boolean gives(Lexicon.Hit giving) {
        return !AidVerbs.status(giving).equals("approved");
    }
}
