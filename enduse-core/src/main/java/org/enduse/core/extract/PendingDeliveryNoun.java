package org.enduse.core.extract;

/**
 * Ukrainian and Russian put the word that plans, awaits, consents to or aims at a delivery right before its noun:
 * "Планується постачання ... гаубиць", "Ожидается поставка", "согласие на поставку Украине 321 танка", "вилучено з
 * запасів для передачі Україні". The noun alone reads as delivered; such a word ending right at it names a giving still to come, so it is pledged, as
 * {@link DeferredDelivery} reads the same words after the noun. Lexicon: category "pendingnoun" (read before a noun
 * only, so "поставка для ЗСУ" is not a purpose), and the planning words of "deferral". A negation shortly before the word
 * ("не планується поставка", "не дала згоди на постачання") denies the plan: the status is left as the noun has it.
 */
final class PendingDeliveryNoun {
    /** How far before the word a negation may stand: "не дала згоди на", "не планується". */
    private static final int NEGATION_REACH = 3;

    private PendingDeliveryNoun() {}

    static boolean before(SentenceRoles roles, Lexicon.Hit noun) {
        Passage s = roles.passage();
        // "Чи планується постачання ...?": a question plans nothing; the noun keeps its status.
        if (!s.ukrainianOrRussian() || s.asks()) return false;
        Lexicon.Hit word = roles.endingAt(noun.startToken(), "pendingnoun");
        if (word == null) {
            word = roles.endingAt(noun.startToken(), "deferral");
            if (word != null && !word.cue().value().equals("pledged")) return false;
        }
        return word != null && !roles.near(word.startToken(), NEGATION_REACH, 0, "negation") && !tookPlace(s, noun);
    }

    /** "Ожидаемая поставка 20 танков Украине состоялась в марте": a verb after the noun says the awaited delivery happened. */
    private static boolean tookPlace(Passage s, Lexicon.Hit noun) {
        for (Lexicon.Hit done : Lexicon.get().all(s, "completion")) if (done.startToken() >= noun.endToken()) return true;
        return false;
    }
}
