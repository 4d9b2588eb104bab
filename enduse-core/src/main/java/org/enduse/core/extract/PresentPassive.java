package org.enduse.core.extract;

/**
 * Dutch reports a coming delivery in the present passive: "er worden tien tanks naar Oekraïne
 * gestuurd", "de rest wordt zo snel mogelijk verstuurd". The participle alone reads as delivered; with
 * "wordt"/"worden" before it in the same clause the giving is still to come. The past passive
 * ("werd geleverd") and the perfect ("is geleverd") stay delivered.
 */
final class PresentPassive {
    /** How far before the participle the auxiliary may stand: Dutch puts the objects between them. */
    private static final int REACH = 10;

    private PresentPassive() {
    }

    static boolean before(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.language().equals("nl")) return false;
        int k = cue.startToken();
        for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
            if (roles.clauseBreak(j + 1, k)) return false;
            Lexicon.Hit aux = s.cueAt(j, Lexicon.get(), "passiveaux");
            if (aux != null) return aux.cue().value().equals("present");
        }
        return false;
    }
}
