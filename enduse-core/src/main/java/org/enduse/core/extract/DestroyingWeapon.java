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

    /** The agent's preposition of a passive ("by", "door", "par", "durch"): lexicon {@code from}, value {@code agent}. */
    private static final Categories FROM = Lexicon.get().categories("from");
    /** "with", "met", "avec", "mit": also "containing" ("a warehouse with Storm Shadow missiles"), so a means only after the deed. */
    private static final Categories WITH = Lexicon.get().categories("supportwith");
    private static final Categories PASSIVE = Lexicon.get().categories("passiveaux");
    /** Words opening another clause: "that", "which", "который"; the weapon's deed stops there. */
    private static final Categories CLAUSE_OPENERS = Lexicon.get().categories("complementizer", "relpronoun");
    private static final Categories ITEM = Lexicon.get().categories("item");
    /** An agent word that is also the genitive "of" ("die Zerstörung von drei Leopard-Panzern", "drei von fünf"): never the means here. */
    private static final Set<String> OF_TOO = Set.of("von");
    /** Slavic "from" of a launcher ("з ЗРК Patriot", "из ЗРК Patriot"), also "with" ("склад з ракетами"): a means only after the deed. */
    private static final Set<String> SLAVIC_FROM = Set.of("из", "з", "із");
    /** Slavic instrumental endings of a noun ("ракетою", "ракетой", "ракетами") and of an adjective before it ("крылатыми"). */
    private static final String[] INSTRUMENTAL = {"ою", "ой", "ами", "ями", "ом"}, INSTRUMENTAL_ADJECTIVE = {"ыми", "ими", "ой", "ою", "ым", "им"};
    private static final String[] PLURAL_INSTRUMENTAL = {"ами", "ями"};

    /** At most this many words (a generic noun and its adjectives: "einen deutschen Gepard-Flugabwehrpanzer") between the means word and the name. */
    private static final int NOUN_PHRASE = 4;

    /**
     * The equipment mentions of the sentence that do the destroying, in text order; empty when the cue is no
     * destruction or a loss told by the side that lost ("lost", "втратили"), whose subject held the goods.
     */
    static List<Mention> of(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        if (!SightingParties.isDestruction(cue) || SightingParties.isLoss(roles.passage(), cue)) return List.of();
        return Lists.where(in, m -> m.kind() == MentionKind.EQUIPMENT && (isMeans(roles, cue, m, in) || actsAsSubject(roles, cue, m, in)));
    }

    /**
     * The weapons' own sighting, in use: where the destruction was, held by the side acting it ("Украинские военные сбили
     * ... из Patriot", SightingParties.captor) or else by a state word in the weapon's phrase that is not its maker
     * ("из украинской ЗРК Patriot": UA; "durch einen deutschen Gepard" names the maker, no holder). In a passive the side
     * before the verb is the one that lost ("the HIMARS with which Ukraine hit Belgorod was destroyed by an Iskander"):
     * only an agent after the verb holds the weapon then.
     */
    static Event used(SentenceRoles roles, Lexicon.Hit cue, List<Mention> weapons, List<Mention> in, String attributed) {
        Mention place = EventFinder.firstOf(in, MentionKind.PLACE);
        String locationCountry = place != null ? place.country() : SightingParties.locationCountry(roles, in);
        Mention holder = SightingParties.captor(roles, cue, in);
        if (holder != null && holder.end() <= roles.passage().tokens().get(cue.startToken()).start() && passiveBefore(roles, cue)) holder = null;
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
     * True when an agent's preposition stands before the weapon's noun phrase ("by a Patriot", "door een Patriot"); or
     * "with" or Slavic "from" right after the destruction verb or what it destroyed ("shot down a Su-25 near Bakhmut with a
     * Stinger", "збили російський Су-34 з ЗРК Patriot", "уничтожение F-16 из ЗРК Patriot"; not "a warehouse with Storm
     * Shadow missiles", "A column with two Leopard 2 tanks was destroyed"); or, in Ukrainian and Russian, the word right
     * before the name is an item noun in the instrumental with no preposition ("ракетою Harpoon", "ракетой С-400"; not
     * "склад с ракетами Storm Shadow", "Утром F-16").
     */
    private static boolean isMeans(SentenceRoles roles, Lexicon.Hit cue, Mention weapon, List<Mention> in) {
        Passage s = roles.passage();
        int k = roles.firstToken(weapon);
        for (int words = 0; words <= NOUN_PHRASE && k > 0 && plainGap(s, k); words++, k--) {
            int w = k - 1;
            // The weapon's phrase holds neither the deed nor another name: "durch eine Drohne beschädigten Caesar-Haubitze",
            // "een door het Verenigd Koninkrijk geleverde Challenger" name an agent of something else (batches 53 and 54).
            if (w >= cue.startToken() && w < cue.endToken() || insideOther(roles, w, weapon, in)) return false;
            String before = s.tokens().get(w).folded();
            if (words == 0 && instrumentalItem(s, w)) return true;
            Lexicon.Hit agent = s.cueAt(w, Lexicon.get(), FROM, "agent");
            if (agent != null && agent.endToken() == k && !OF_TOO.contains(before)) return true;
            if (s.cueAt(w, Lexicon.get(), WITH) != null || SLAVIC_FROM.contains(before)) return afterDeed(roles, cue, w, weapon, in);
        }
        return false;
    }

    /** "ракетою Harpoon", "крылатыми ракетами «Нептун»": token w is an item noun in the instrumental, no preposition before it or its adjectives. */
    static boolean instrumentalItem(Passage s, int w) {
        if (!s.ukrainianOrRussian() || !SentenceRoles.endsWithAny(s.tokens().get(w).folded(), INSTRUMENTAL)) return false;
        Lexicon.Hit item = s.cueAt(w, Lexicon.get(), ITEM);
        if (item == null || item.endToken() != w + 1) return false;
        int j = w - 1;
        while (j >= 0 && SentenceRoles.endsWithAny(s.tokens().get(j).folded(), INSTRUMENTAL_ADJECTIVE)) j--;
        return j < 0 || !SentenceRoles.isSlavicPreposition(s.tokens().get(j).folded());
    }

    /**
     * True when the word before token w (a "with" or "from") ends the destruction verb or a name after it in its clause,
     * what was destroyed or where ("shot down a Russian Su-25 near Bakhmut with").
     */
    private static boolean afterDeed(SentenceRoles roles, Lexicon.Hit cue, int w, Mention weapon, List<Mention> in) {
        if (w <= cue.startToken() || roles.clauseBreak(cue.endToken(), w)) return false;
        int last = w - 1;
        return last == cue.endToken() - 1 || Lists.any(in, m -> m != weapon && roles.lastToken(m) == last && roles.firstToken(m) >= cue.endToken()
                && (m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.PLACE || m.countsGoods()));
    }

    /**
     * True when the weapon is the first actor of an active destruction verb's clause (no state, force or other
     * equipment before it there, a state word on it or a place aside; no passive auxiliary in the clause before the
     * verb, no "that" or "which" between the weapon and the verb) and a destroyed object follows it in the
     * clause with none of those between: another name not joined to it by "and" ("the Patriot shot down a Kinzhal"), a
     * count of goods ("zwei russische Marschflugkörper") or a noun of arms ("un avion de guerre russe"). Not "The F-16
     * that the Russians shot down carried AIM-9 missiles", "The Su-34 shot down near Avdiivka was hit by a Patriot", "The
     * Moskva cruiser sank after it was hit by two Neptune missiles".
     */
    private static boolean actsAsSubject(SentenceRoles roles, Lexicon.Hit cue, Mention weapon, List<Mention> in) {
        Passage s = roles.passage();
        int first = roles.firstToken(weapon), last = roles.lastToken(weapon);
        if (last >= cue.startToken() || !plainStretch(roles, last + 1, cue.startToken())) return false;
        // A capital where it happened ("Біля Києва") is no actor; a state word on the weapon ("der ukrainische Gepard") is its own.
        boolean actorBefore = Lists.any(in, m -> m.end() <= weapon.start() && !roles.clauseBreak(roles.lastToken(m) + 1, first)
                && (m.kind() == MentionKind.EQUIPMENT || SentenceRoles.canAct(m) && !TakenSide.onGoods(roles, m, in) && !roles.isLocation(m)));
        if (actorBefore || passiveBefore(roles, cue) || instrumentalAfter(roles, cue)) return false;
        boolean named = Lists.any(in, m -> m.start() >= weapon.end() && plainStretch(roles, last + 1, roles.firstToken(m))
                && (m.kind() == MentionKind.EQUIPMENT && !roles.coordinated(weapon, m) || m.countsGoods()));
        // "a abattu ... un avion de guerre russe", "пытаясь сбить русскую ракету": a noun of arms is destroyed too.
        return named || Lists.any(Lexicon.get().all(s, "item", "materiel"), h -> h.startToken() > last && !h.cue().value().equals("PERSONS")
                && plainStretch(roles, last + 1, h.startToken()));
    }

    /**
     * Token w lies in a name other than the weapon's; a count, a date or a state word on the goods is part of its phrase
     * ("by two Neptune missiles", "из украинской ЗРК Patriot").
     */
    private static boolean insideOther(SentenceRoles roles, int w, Mention weapon, List<Mention> in) {
        return Lists.any(in, m -> m != weapon && m.kind() != MentionKind.QUANTITY && m.kind() != MentionKind.DATE
                && roles.firstToken(m) <= w && w <= roles.lastToken(m) && !TakenSide.onGoods(roles, m, in));
    }

    /**
     * "Abrams уничтожили FPV-дронами": in Ukrainian and Russian, whose word order is free, an item noun in the
     * instrumental after the verb is the means, so the name before the verb is what was destroyed (batch 54, ru).
     */
    private static boolean instrumentalAfter(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.ukrainianOrRussian()) return false;
        for (int k = cue.endToken(); k < s.tokens().size() && !roles.clauseBreak(cue.endToken(), k); k++) {
            // A plural instrumental ("дронами", "ракетами") is a means whether or not the item lexicon lists the form.
            boolean pluralInstrumental = SentenceRoles.endsWithAny(s.tokens().get(k).folded(), PLURAL_INSTRUMENTAL)
                    && (k == 0 || !SentenceRoles.isSlavicPreposition(s.tokens().get(k - 1).folded()));
            if (pluralInstrumental || instrumentalItem(s, k)) return true;
        }
        return false;
    }

    /** "werd een Shahed door een Patriot neergeschoten", "was destroyed": a passive auxiliary in the clause before the verb. */
    private static boolean passiveBefore(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        for (int k = cue.startToken() - 1; k >= 0 && !roles.clauseBreak(k + 1, cue.startToken()); k--) {
            if (s.cueAt(k, Lexicon.get(), PASSIVE) != null) return true;
        }
        return false;
    }

    /** Tokens from..to-1 in one clause, with no passive auxiliary and no word opening another clause ("that", "was"). */
    private static boolean plainStretch(SentenceRoles roles, int from, int to) {
        if (roles.clauseBreak(from, to)) return false;
        Passage s = roles.passage();
        for (int k = from; k < to; k++) {
            if (s.cueAt(k, Lexicon.get(), PASSIVE) != null || s.cueAt(k, Lexicon.get(), CLAUSE_OPENERS) != null) return false;
        }
        return true;
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
