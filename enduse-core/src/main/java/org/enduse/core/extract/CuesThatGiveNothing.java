package org.enduse.core.extract;

/**
 * Transfer cues that, read in their sentence, give nothing, for {@link TransferFinder}: a negated or
 * stopped giving ("n'a pas livré", "США зупинили постачання", "gegen die Lieferung"), a giving of no
 * goods ("sent a letter"), "aangeven"/"angeben" (to state) whose particle closes the clause, an
 * announcing verb that reports another cue's event ("a annoncé avoir saisi"), a verb that gives only
 * aid ({@link AidVerbs}) with none named, and a permission to use arms ({@link PermissionToUse}).
 */
final class CuesThatGiveNothing {
    private CuesThatGiveNothing() {}

    /** True when the cue, read in its sentence, gives nothing: negated, about no goods, a verb of stating, announcing another cue, or permitting a use. */
    static boolean givesNothing(SentenceRoles roles, Lexicon.Hit cue) {
        // "does not intend to send", "n'a pas livré", "не передала": no transfer.
        if (refused(roles, cue) || cue.cue().value().equals("none")) return true;
        // "authorized Ukraine to strike Russia with US-supplied missiles": a use permitted, nothing given. Kept out of
        // noGoods, so refusesGoods (a refused permission, which the statements read) stays as it was.
        return noGoods(roles, cue) || PermissionToUse.only(roles, cue);
    }

    /**
     * True when the clause negates a giving of goods to come or a permission: "США не будут поставлять Украине F-16",
     * "Paris avait décidé de ne pas envoyer de chars", "hat die Ausfuhr nicht genehmigt". A past giving negated ("n'a pas
     * livré") reports what did not happen; a purchase, a letter or a verb of stating gives no goods to refuse.
     */
    static boolean refusesGoods(SentenceRoles roles, Lexicon.Hit cue) {
        String status = AidVerbs.status(cue);
        return (status.equals("pledged") || status.equals("approved")) && negated(roles, cue) && !noGoods(roles, cue);
    }

    /** True when the cue gives no goods, negation aside: a letter sent, a verb of stating, aid with none named, another cue announced. */
    private static boolean noGoods(SentenceRoles roles, Lexicon.Hit cue) {
        // "sent a letter", "поставили Киеву условие": the object is not goods.
        if (roles.near(cue.endToken() - 1, 0, 3, "nongoods") || nonGoodsBefore(roles, cue)) return true;
        // "gaf al aan dat ...", "gab an, dass ...": "aangeven"/"angeben" (to state) with its particle at the clause end;
        // that particle is an announcing verb's own ("kondigde ... een steunpakket aan").
        if (SentenceRoles.verbLast(roles.passage()) && !announces(cue) && particleCloses(roles, cue.endToken())) return true;
        // "announced a visit", "оказывать давление": English "announced" and the verbs of rendering aid give only aid.
        if (AidVerbs.namesNoAid(roles, cue)) return true;
        // "contributed to Ukraine's success", "ne contribuent pas au règlement": only money or funds contributed are given.
        if (ContributedMoney.withoutMoney(roles, cue)) return true;
        return announcesAnother(roles, cue);
    }

    private static boolean article(Token t) {
        return SentenceRoles.isArticle(t) || DocumentCredit.INDEFINITE.contains(t.folded());
    }

    /** Words a Dutch or German object may stand before the participle that closes its clause: "einen Brief an die Ukraine geschickt". */
    private static final int OBJECT_BEFORE_PARTICIPLE = 5;

    /**
     * "heeft een brief gestuurd naar Oekraïne", "hat einen Brief an die Ukraine geschickt": a verb-last clause names its
     * object before the participle. The object is no goods when a letter or the like, with its article, is the nearest
     * such noun before the verb, with no goods nearer it ("trotz der Warnung Panzer geliefert" gives tanks).
     */
    private static boolean nonGoodsBefore(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        // Only a verb has its object before it; a delivery noun's goods follow it ("een brief over de levering van F-16's").
        if (!SentenceRoles.verbLast(s) || !cue.cue().category().equals("transfer")) return false;
        Lexicon lexicon = Lexicon.get();
        for (int k = cue.startToken() - 1; k >= Math.max(0, cue.startToken() - OBJECT_BEFORE_PARTICIPLE) && !roles.clauseBreak(k + 1, cue.startToken()); k--) {
            // Goods nearer the verb are its object; "dat"/"dass" opens the verb's clause, so nothing before it is.
            if (s.cueAt(k, lexicon, "item", "materiel", "goods", "complementizer") != null) return false;
            // The noun with its article is the object ("een brief"); a bare one governs another phrase ("toestemming gaat
            // geven", "voorwaarden aan het gebruik van gekregen wapens": the permission and the goods received).
            if (s.cueAt(k, lexicon, "nongoods") != null) return k > 0 && article(s.tokens().get(k - 1));
        }
        return false;
    }

    /** True when the clause negates or stops the giving: "does not intend to send", "n'a pas livré", "США зупинили постачання". */
    private static boolean refused(SentenceRoles roles, Lexicon.Hit cue) {
        return negated(roles, cue) || halted(roles, cue);
    }

    /** True when a negation stands before the cue in its clause, further before a verb that ends it: "wilde geen ... aanvalswapens aan Oekraïne leveren". */
    static boolean negated(SentenceRoles roles, Lexicon.Hit cue) {
        return roles.near(cue.startToken(), SentenceRoles.verbLast(roles.passage()) ? 8 : 3, 0, "negation");
    }

    /** True for an announcing cue ("kündigte an", "оголосили", English "announced" of aid): it pledges what it announces. */
    static boolean announces(Lexicon.Hit cue) {
        return cue.cue().value().startsWith("announced");
    }

    /**
     * "США зупинили постачання зброї Україні", "das Nein zu Taurus-Lieferungen", "gegen die Lieferung von Taurus": a
     * giving stopped, refused or opposed right before the cue (an article and one more word may stand between).
     */
    private static boolean halted(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        int k = cue.startToken();
        // "against" only when the giving is its object: "gegen die Lieferung", not "der Krieg gegen Russland".
        return roles.cueBefore(k, 3, "suchas", hit -> hit.cue().value().equals("halt") || hit.cue().value().equals("against")
                && k - hit.endToken() <= 1 && (hit.endToken() == k || SentenceRoles.isArticle(s.tokens().get(k - 1)))) != null;
    }

    /** True when the clause from token k on ends with the separable particle "aan"/"an" ("gaf ... aan, dat"). */
    private static boolean particleCloses(SentenceRoles roles, int from) {
        Passage s = roles.passage();
        for (int k = from; k < s.tokens().size(); k++) {
            if (roles.clauseBreak(from, k)) return false;
            boolean clauseEnds = k + 1 == s.tokens().size() || roles.clauseBreak(k + 1, k + 1)
                    || s.cueAt(k + 1, Lexicon.get(), "complementizer") != null;
            if (clauseEnds) return s.cueAt(k, Lexicon.get(), "particle") != null;
        }
        return false;
    }

    /**
     * "Moscou a annoncé avoir saisi trois obusiers", "объявили об уничтожении танка": an
     * announcing verb followed in its clause by another transfer or sighting cue reports that cue's
     * event; read alone it would be a pledge of whatever the clause names.
     */
    private static boolean announcesAnother(SentenceRoles roles, Lexicon.Hit cue) {
        if (!announces(cue)) return false;
        int last = cue.endToken() - 1;
        return roles.near(last, 0, 4, "sighting") || roles.near(last, 0, 4, "transfer");
    }
}
