package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/**
 * The equipment a destruction is done with: "the F-16 downed by a Patriot", "durch einen Gepard abgeschossen",
 * "détruit par un missile Kinjal", "уничтожение F-16 из ЗРК Patriot", "уражений ... ракетою Harpoon", or the system
 * that acts it as the clause's subject ("the Patriot shot down a Kinzhal", "sein Gepard hat zwei Marschflugkörper
 * zerstört", "ЗРПК «Панцирь» уничтожил три ракеты ATACMS"). The real-report labellers read such a weapon as used, a
 * sighting in use of its own, and only the rest as destroyed (batches 47, 50 and 56).
 */
final class DestroyingWeapon {
    private DestroyingWeapon() {}

    /** Prepositions of the means or agent before a weapon, folded: "by", "durch", "par", "door", "with", Slavic "из"/"з" (fired from). */
    private static final Set<String> MEANS = Set.of("by", "with", "durch", "mit", "von", "par", "avec", "door", "met", "из", "з", "із");

    /** Passive auxiliaries: a subject before them is what was destroyed ("the Leopard was destroyed"), folded. */
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are", "wurde", "wurden", "worden", "werd", "werden",
            "ete", "est", "sont", "fut", "furent", "был", "была", "было", "были", "був", "була", "було", "були");

    /** At most this many words (a generic noun and its adjectives: "einen deutschen Gepard-Flugabwehrpanzer") between the means word and the name. */
    private static final int NOUN_PHRASE = 4;

    /**
     * The equipment mentions of the sentence that do the destroying, in text order; empty when the cue is no
     * destruction or a loss told by the side that lost ("lost", "втратили"), whose subject held the goods.
     */
    static List<Mention> of(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        if (!SightingParties.isDestruction(cue) || SightingParties.isLoss(roles.passage(), cue)) return List.of();
        return Lists.where(in, m -> m.kind() == MentionKind.EQUIPMENT && (isMeans(roles, m) || actsAsSubject(roles, cue, m, in)));
    }

    /**
     * The weapons' own sighting, in use: where the destruction was, held by the side acting it ("Украинские военные сбили
     * ... из Patriot", SightingParties.captor) or else by a state word in the weapon's phrase that is not its maker
     * ("из украинской ЗРК Patriot": UA; "durch einen deutschen Gepard" names the maker, no holder).
     */
    static Event used(SentenceRoles roles, Lexicon.Hit cue, List<Mention> weapons, List<Mention> in, String attributed) {
        Mention place = EventFinder.firstOf(in, MentionKind.PLACE);
        String locationCountry = place != null ? place.country() : SightingParties.locationCountry(roles, in);
        Mention holder = SightingParties.captor(roles, cue, in);
        if (holder == null) holder = stateInPhrase(roles, weapons.get(0), in);
        String holderCountry = SightingParties.countryOf(holder);
        if (locationCountry == null) locationCountry = holderCountry;
        List<String> equipment = EventFinder.equipment(weapons);
        int filled = EventFinder.count(place, locationCountry, holder, "equipment");
        return new Event(EventType.SIGHTING, null, null, equipment, null, null, null, SightingParties.IN_USE, locationCountry,
                place == null ? null : place.name(), holder != null && holder.mayHold() ? holder.name() : null, holderCountry,
                null, null, null, null, attributed, EventFinder.confidence(filled, attributed), roles.passage().start(), roles.passage().end());
    }

    /** A country word inside the weapon's noun phrase, before its name, other than the weapon's maker country. */
    private static Mention stateInPhrase(SentenceRoles roles, Mention weapon, List<Mention> in) {
        Passage s = roles.passage();
        int k = roles.firstToken(weapon);
        for (int words = 0; words <= NOUN_PHRASE && k > 0 && plainGap(s, k); words++, k--) {
            int at = s.tokens().get(k - 1).start();
            Mention state = Lists.first(in, m -> m.kind() == MentionKind.COUNTRY && m.start() == at);
            if (state != null) return state.code().equals(weapon.country()) ? null : state;
        }
        return null;
    }

    /**
     * True when a means preposition stands before the weapon's noun phrase ("by a Patriot", "из украинской ЗРК Patriot"),
     * or, in Ukrainian and Russian, the word right before the name is an instrumental noun ("ракетою Harpoon", "ракетами «Нептун»").
     */
    private static boolean isMeans(SentenceRoles roles, Mention weapon) {
        Passage s = roles.passage();
        int k = roles.firstToken(weapon);
        for (int words = 0; words <= NOUN_PHRASE && k > 0 && plainGap(s, k); words++) {
            String before = s.tokens().get(k - 1).folded();
            if (MEANS.contains(before)) return true;
            if (s.ukrainianOrRussian() && words == 0 && SentenceRoles.endsWithAny(before, "ою", "ами", "ями", "ом")
                    && !SentenceRoles.isSlavicPreposition(before)) return true;
            k--;
        }
        return false;
    }

    /**
     * True when the weapon is the first actor of an active destruction verb's clause (no state, force or other
     * equipment before it there, a state word on it or a place aside; no passive auxiliary in the clause before the
     * verb) and a destroyed object follows it in the clause: another name not joined to it by "and" ("the Patriot shot
     * down a Kinzhal"), a count of goods ("zwei russische Marschflugkörper") or a noun of arms ("un avion de guerre russe").
     */
    private static boolean actsAsSubject(SentenceRoles roles, Lexicon.Hit cue, Mention weapon, List<Mention> in) {
        Passage s = roles.passage();
        int first = roles.firstToken(weapon), last = roles.lastToken(weapon);
        if (last >= cue.startToken() || roles.clauseBreak(first, cue.startToken())) return false;
        // A capital where it happened ("Біля Києва") is no actor; a state word on the weapon ("der ukrainische Gepard") is its own.
        boolean actorBefore = Lists.any(in, m -> m.end() <= weapon.start() && !roles.clauseBreak(roles.lastToken(m) + 1, first)
                && (m.kind() == MentionKind.EQUIPMENT || SentenceRoles.canAct(m) && !TakenSide.onGoods(roles, m, in) && !roles.isLocation(m)));
        if (actorBefore) return false;
        // "werd een Shahed door een Patriot neergeschoten": a passive auxiliary anywhere in the clause before the verb.
        for (int k = cue.startToken() - 1; k >= 0 && !roles.clauseBreak(k + 1, cue.startToken()); k--) {
            if (PASSIVE.contains(s.tokens().get(k).folded())) return false;
        }
        boolean named = Lists.any(in, m -> m.start() >= weapon.end() && !roles.clauseBreak(last + 1, roles.firstToken(m))
                && (m.kind() == MentionKind.EQUIPMENT && !roles.coordinated(weapon, m) || m.countsGoods()));
        // "a abattu ... un avion de guerre russe", "пытаясь сбить русскую ракету": a noun of arms is destroyed too.
        return named || Lists.any(Lexicon.get().all(s, "item", "materiel"), h -> h.startToken() > last && !h.cue().value().equals("PERSONS")
                && !roles.clauseBreak(last + 1, h.startToken()));
    }

    /** Only spaces, hyphens and quotation marks between token k-1 and token k ("ракетами «Нептун»", "Gepard-Flugabwehrpanzer"). */
    private static boolean plainGap(Passage s, int k) {
        for (int i = s.tokens().get(k - 1).end(); i < s.tokens().get(k).start(); i++) {
            char c = s.text().charAt(i);
            if (!Character.isWhitespace(c) && "-\u2010\"«»„“”'+".indexOf(c) < 0) return false;
        }
        return true;
    }
}
