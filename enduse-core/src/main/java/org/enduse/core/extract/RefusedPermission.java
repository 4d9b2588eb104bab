package org.enduse.core.extract;

import java.util.List;

/**
 * "Der US-Präsident wird den Ukrainern nicht gestatten, ATACMS einzusetzen", "США пока не авторизовали применение ракет Storm
 * Shadow", "Пентагон не надав дозволу на удар", "n'autoriserait pas le transfert d'armes": a state that does not permit the
 * use of arms, a strike with them or their passing on refuses it, a denial by that state, as a refused giving is
 * ({@link StatementCue#refusal}). The labels of batch 57 read the giver's unpermitted strikes so in de, ru and uk, and batch 47
 * in en (docs/devset.md, round 54). A permission given is no stance (the labels give it no event). The sentence must name arms
 * or a strike: "the weather did not allow a visit" refuses nothing. The refuser, the last actor before the permitting word,
 * must stand on no side of a war: "Россия не позволит Украине использовать ракеты ATACMS", "Russian air defences did not allow
 * Ukrainian drones to hit the bridge", "Ukraine will not allow Russia to use captured Leopard tanks" are no giver's denial
 * (review of round 54).
 */
final class RefusedPermission {
    private RefusedPermission() {}

    /** The permitting word the clause negates, as a refusal cue; null when the sentence refuses no permission over arms or strikes. */
    static Lexicon.Hit cue(SentenceRoles roles, List<Mention> actors, Lexicon lexicon) {
        Passage s = roles.passage();
        if (!NegatedArms.namesArms(s, actors, lexicon) && !Lists.any(lexicon.all(s, "permitteduse"), h -> h.cue().value().equals("strike"))) return null;
        for (Lexicon.Hit h : lexicon.all(s, "permit", "transfer")) {
            // The transfer row "approved" holds the past and noun forms ("allowed", "разрешение", "Erlaubnis"), "permit" the rest.
            boolean permitting = h.cue().category().equals("permit") || h.cue().value().equals("approved");
            if (permitting && CuesThatGiveNothing.negated(roles, h)) {
                return Belligerents.inWar(SentenceRoles.countryOf(refuser(roles, actors, h))) ? null : StatementCue.asRefusal(h);
            }
        }
        return null;
    }

    /**
     * The actor that refuses with the cue: the last one able to act that ends before it and is not its object, or null.
     * "Ukraine said it will not allow" is Ukraine's; "der Ukraine nicht gestatten" (a recipient) and, where the verb comes
     * last, "De Verenigde Staten willen Oekraïne niet toestaan" (an object after the subject in the cue's clause) are not.
     */
    static Mention refuser(SentenceRoles roles, List<Mention> actors, Lexicon.Hit cue) {
        Mention last = null, before = null;
        for (Mention m : actors) {
            if (!SentenceRoles.canAct(m) || roles.isRecipient(m) || roles.lastToken(m) >= cue.startToken()) continue;
            if (last == null || m.end() > last.end()) {
                before = last;
                last = m;
            }
        }
        boolean object = last != null && before != null && SentenceRoles.verbLast(roles.passage())
                && !roles.clauseBreak(roles.lastToken(before) + 1, roles.firstToken(last));
        return object ? before : last;
    }
}
