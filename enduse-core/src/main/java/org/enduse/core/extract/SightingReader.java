package org.enduse.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sighting in one sentence: a sighting verb ("used", "destroyed", "captured", "знищили") with the
 * equipment named or pointed back to, where it was seen and who held it. A conditional or a use to
 * come (a possibility or permission among them) is no sighting, nor a negated cue; generic arms need a where or a who.
 */
final class SightingReader {
    private SightingReader() {}

    /**
     * @param attributed the source the sighting is credited to
     * @param antecedent equipment a demonstrative in the sentence points back to, or null
     */
    static List<Event> read(SentenceRoles roles, List<Mention> actors, String attributed, String antecedent, Lexicon lexicon) {
        Passage s = roles.passage();
        Lexicon.Hit sighting = strongest(Lists.where(lexicon.all(s, "sighting"), h -> !advocacy(roles, h) && !showsClaim(s, h, lexicon)
                && !SightingNegation.negated(roles, h) && !slavicInfinitive(s, h) && !activeFinding(roles, h, actors) && !permittedUse(roles, h)));
        if (sighting == null || roles.near(sighting.startToken(), 3, 2, "conditional") || foreseen(roles, sighting)) return List.of();
        if (SightingHedge.hedged(roles, sighting, sighting.cue().value().equals(MARKET), lexicon)) return List.of();
        boolean questioned = questioned(s, lexicon);
        // "the Patriot shot down a Kinzhal", "уничтожение F-16 из ЗРК Patriot": the weapon a destruction is done with is
        // used, a sighting of its own, and only the rest is destroyed; a destruction whose every name is a weapon keeps none.
        List<Mention> weapons = DestroyingWeapon.of(roles, sighting, actors);
        if (weapons.isEmpty()) return listOf(sighting(roles, sighting, actors, attributed, antecedent, questioned));
        List<Mention> destroyed = Lists.where(actors, m -> !weapons.contains(m));
        Event used = DestroyingWeapon.used(roles, sighting, weapons, actors, attributed);
        boolean targetNamed = Lists.any(destroyed, m -> m.kind() == MentionKind.EQUIPMENT);
        Event target = targetNamed ? sighting(roles, sighting, destroyed, attributed, null, questioned) : null;
        return target == null ? List.of(used) : List.of(used, target);
    }

    private static List<Event> listOf(Event e) {
        return e == null ? List.of() : List.of(e);
    }

    private static Event sighting(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, String attributed, String antecedent, boolean questioned) {
        Passage s = roles.passage();
        List<String> equipment = EventFinder.equipment(in, antecedent);
        boolean generic = equipment.isEmpty();
        // Generic arms in a denied or questioned use are the topic, not a report of a sighting.
        if (generic && questioned) return null;
        // "Au total, 543 chars ont été détruits": a total of unnamed equipment is a statistic.
        boolean named = in.stream().anyMatch(m -> m.kind() == MentionKind.EQUIPMENT);
        if (!named && antecedent == null && !Lexicon.get().all(s, "total").isEmpty()) return null;
        // "Air defence downed 10 of the 12 drones", "над областью сбили 80 ракет": unnamed goods shot down are a tally.
        if (!named && antecedent == null && cue.cue().value().equals(SightingParties.DOWNED)) return null;
        if (generic) equipment = EventFinder.items(s);
        if (equipment.isEmpty()) return null;
        Mention place = EventFinder.firstOf(in, MentionKind.PLACE);
        String locationCountry = place != null ? place.country() : SightingParties.locationCountry(roles, in);
        Mention holder = SightingParties.holder(roles, cue, in);
        // "en service au sein des forces ukrainiennes": without a place, a force is where its country is.
        if (locationCountry == null && holder != null) locationCountry = holder.country();
        // "weapons were used" alone says too little: a generic noun needs a where or a who, or two
        // countries in the sentence ("Russian groups use Belgian weapons": whose arms, whose hands).
        Set<String> countryCodes = new HashSet<>();
        for (Mention m : in) if (m.kind() == MentionKind.COUNTRY) countryCodes.add(m.code());
        int countries = countryCodes.size();
        // A black market is itself the where.
        boolean market = cue.cue().value().equals(MARKET);
        if (generic && !market && place == null && locationCountry == null && holder == null && countries < 2) return null;
        int filled = EventFinder.count(place, locationCountry, holder, generic ? null : "equipment");
        // A capture's holder is its captor (who holds the equipment now), never the side it was taken from.
        boolean capture = SightingParties.isCapture(s, cue);
        Mention held = capture ? SightingParties.captor(roles, cue, in)
                : holder != null ? holder : SightingParties.loser(roles, cue, in);
        // "Ukraine is already using NASAMS": with no force named, the state using the goods holds them.
        if (held == null && SightingParties.isUse(cue)) held = UsingState.subject(roles, cue, in);
        // "Leopards, which were supplied to Kyiv, ... destroyed": goods given to a side are held by it.
        if (held == null && !capture) held = GivenGoodsHolder.recipient(roles, in);
        String holderName = held != null && held.mayHold() ? held.name() : null;
        // "два російських трофейних танка" with no captor named: taken from one side, so held by the other.
        String heldCountry = held == null && capture ? TakenSide.captorOfTaken(roles, in) : SightingParties.countryOf(held);
        // "also in service with Austria, Hungary", "стоит на вооружении французских войск": a force's inventory away
        // from the war describes the type; with a side of the war named ("in der Ukraine im Einsatz gegen die
        // russische Armee") it is a use there.
        boolean inventory = cue.cue().value().equals(SightingParties.INVENTORY), downed = cue.cue().value().equals(SightingParties.DOWNED);
        if (inventory && !Belligerents.inWar(locationCountry) && !Belligerents.inWar(heldCountry) && !namesSideOfWar(in)) return null;
        return new Event(EventType.SIGHTING, null, null, equipment, null, null, null, market ? null : inventory ? SightingParties.IN_USE : downed ? SightingParties.DESTROYED : cue.cue().value(), locationCountry,
                place == null ? null : place.name(), holderName, heldCountry, null, null, null, null, attributed,
                EventFinder.confidence(filled, attributed), s.start(), s.end());
    }

    /** True when a state or force of the sentence (not a maker's country on equipment) is a side of a war. */
    private static boolean namesSideOfWar(List<Mention> in) {
        return Lists.any(in, m -> (m.kind() == MentionKind.COUNTRY || m.mayHold()) && Belligerents.inWar(SentenceRoles.countryOf(m)));
    }

    /**
     * True when the sentence denies, assures or inquires: "Kyiv denied that weapons were used", "no
     * sign that the weapons were used elsewhere", "asked how the weapons were used"; or calls the
     * claim false or disinformation.
     */
    private static boolean questioned(Passage s, Lexicon lexicon) {
        // A report or a meeting convened questions nothing.
        // Nor does an arrest verb that holds goods back ("задержали поставки").
        if (lexicon.all(s, "inquiry").stream().anyMatch(h -> !h.cue().value().equals("report") && !h.cue().value().equals("none")
                && !Arrest.holdsGoodsBack(s, h))) return true;
        if (lexicon.all(s, "statement").stream().anyMatch(h -> h.cue().value().equals("denial") || h.cue().value().equals("assurance"))) return true;
        // "a disinformation campaign about arms allegedly sold on the black market", "the claim is false".
        return lexicon.all(s, "stanceword").stream().anyMatch(h -> h.cue().value().equals("false") || h.cue().value().equals("disinformation"));
    }

    /**
     * "the howitzers will be deployed", "de houwitsers zullen worden ingezet", "pourront être
     * utilisés": a use to come is no sighting. German "werden" is also the passive and "soll" reports
     * a claim, Dutch "zou" likewise, and Slavic "має" also means "has": those languages and words are
     * not read so; modals of ability and permission ("can", "können", "могут") are read in every language
     * ({@link SightingPossibility}).
     */
    private static boolean foreseen(SentenceRoles roles, Lexicon.Hit sighting) {
        Passage s = roles.passage();
        if (passiveInfinitive(s, sighting) || SightingPossibility.possible(roles, sighting) || slavicFuture(roles, sighting)) return true;
        String language = s.language();
        if (!(language.equals("en") || language.equals("fr") || language.equals("nl"))) return false;
        // Dutch may put the modal after the participle: "ingezet kunnen worden".
        int from = Math.max(0, sighting.startToken() - 3), to = Math.min(s.tokens().size(), sighting.endToken() + (language.equals("nl") ? 2 : 0));
        for (int k = from; k < to; k++) {
            if (k >= sighting.startToken() && k < sighting.endToken()) continue;
            boolean sameClause = k < sighting.startToken() ? !roles.clauseBreak(k + 1, sighting.startToken()) : !roles.clauseBreak(sighting.endToken(), k);
            Lexicon.Hit modal = s.cueAt(k, Lexicon.get(), "future");
            if (sameClause && modal != null && !modal.cue().value().equals("reportative")) return true;
        }
        return false;
    }

    /** Tokens before a sighting cue within which a Slavic future auxiliary makes it a use to come. */
    private static final int FUTURE_WITHIN = 3;
    private static final Categories FUTURE_AUXILIARY = Lexicon.get().categories("futureauxiliary");
    /** Endings of the Ukrainian synthetic future ("використовуватиме", "використовуватимуть"). */
    private static final String[] SYNTHETIC_FUTURE = {"тиму", "тимеш", "тиме", "тимемо", "тимете", "тимуть"};
    /** Endings of a Ukrainian or Russian infinitive, reflexive or not ("публиковать", "використовувати", "применяться"). */
    private static final String[] SLAVIC_INFINITIVE = {"ть", "ти", "чь", "ться", "тися"};

    /**
     * "SAMP/T буде розгорнутий", "Україна матиме на озброєнні 48 SAMP/T", "ЗСУ використовуватимуть F-16": a Ukrainian or
     * Russian future auxiliary (lexicon `futureauxiliary`) up to three words before the cue in its clause, or a
     * Ukrainian synthetic future as the cue, tells a use to come. An infinitive between the auxiliary and the cue is what
     * the auxiliary governs, not the cue: "будет публиковать кадры уничтожения танков" publishes what was seen.
     */
    private static boolean slavicFuture(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.ukrainianOrRussian()) return false;
        if (s.language().equals("uk") && SentenceRoles.endsWithAny(s.tokens().get(cue.startToken()).folded(), SYNTHETIC_FUTURE)) return true;
        return roles.cueBefore(cue.startToken(), FUTURE_WITHIN, FUTURE_AUXILIARY, auxiliary -> governs(s, auxiliary, cue)) != null;
    }

    /** True when no other infinitive stands between the auxiliary and the cue, so the auxiliary governs the cue. */
    private static boolean governs(Passage s, Lexicon.Hit auxiliary, Lexicon.Hit cue) {
        for (int k = auxiliary.endToken(); k < cue.startToken(); k++) {
            if (SentenceRoles.endsWithAny(s.tokens().get(k).folded(), SLAVIC_INFINITIVE)) return false;
        }
        return true;
    }

    /** Tokens before a use cue within which a permission makes it the permitted use. */
    private static final int PERMISSION_WITHIN = 3;
    private static final Categories PERMIT = Lexicon.get().categories("permit");

    /**
     * "авторизовала использование британских ракет Storm Shadow", "не давали разрешения на использование", "дозволу на
     * використання": a use a permission governs, just before it in its clause, is what the permission allows, not a use
     * seen. The labellers give such sentences no sighting (batch 57). Only the verbs and nouns of permitting (lexicon
     * `permit`) govern a use; the `approved` transfer words are mostly participles and idioms that stand beside a use
     * seen ("cleared the trenches using", "recently approved ATACMS were used", "got the green light, Ukraine used", "Les
     * missiles SCALP autorisés ont été utilisés"). A permission after "without" ("без разрешения США использовала") was
     * not given, and the use happened.
     */
    private static boolean permittedUse(SentenceRoles roles, Lexicon.Hit cue) {
        if (!SightingParties.isUse(cue)) return false;
        Passage s = roles.passage();
        return roles.cueBefore(cue.startToken(), PERMISSION_WITHIN, PERMIT,
                permission -> permission.startToken() == 0 || s.cueAt(permission.startToken() - 1, Lexicon.get(), "without") == null) != null;
    }

    /** Subject pronouns that make English "found" an active past with a finder before it, as a perfect's auxiliary does. */
    private static final Set<String> FINDER_PRONOUNS = Set.of("it", "they", "we", "he", "she", "i");
    /** Words outside names that may stand between "found" and the arms it found: "found the", "found debris of". */
    private static final int OBJECT_WORDS = 2;

    /**
     * "the Czech Republic ... had found a way to obtain shells", "the Netherlands found components": English "found" after
     * a perfect auxiliary, a subject pronoun or a state, body or person tells what someone came upon or worked out, not
     * arms seen in someone's hands; arms are found in the passive or after their noun ("weapons were found", "SCAR rifles,
     * allegedly found with Russian forces"), or as the object itself ("The SBU found British Storm Shadow missiles",
     * "Ukraine found debris of North Korean KN-23 missiles").
     */
    private static boolean activeFinding(SentenceRoles roles, Lexicon.Hit hit, List<Mention> actors) {
        Passage s = roles.passage();
        int before = hit.startToken() - 1;
        if (!s.language().equals("en") || before < 0 || !s.tokens().get(hit.startToken()).folded().equals("found")) return false;
        if (foundArms(roles, hit, actors)) return false;
        if (Auxiliaries.perfectAt(s, before) || FINDER_PRONOUNS.contains(s.tokens().get(before).folded())) return true;
        return Lists.any(actors, m -> (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.ORGANIZATION || m.kind() == MentionKind.PERSON)
                && roles.lastToken(m) == before);
    }

    /** True when named equipment follows "found" in its clause with at most {@link #OBJECT_WORDS} words outside names before it. */
    private static boolean foundArms(SentenceRoles roles, Lexicon.Hit hit, List<Mention> actors) {
        int after = hit.endToken();
        return Lists.any(actors, m -> m.kind() == MentionKind.EQUIPMENT && roles.firstToken(m) >= after
                && !roles.clauseBreak(after, roles.firstToken(m)) && wordsOutside(roles, after, roles.firstToken(m), actors) <= OBJECT_WORDS);
    }

    /** The tokens from {@code from} to {@code to} (exclusive) that lie in no mention. */
    private static int wordsOutside(SentenceRoles roles, int from, int to, List<Mention> actors) {
        int words = 0;
        for (int k = from; k < to; k++) {
            int token = k;
            if (!Lists.any(actors, m -> roles.firstToken(m) <= token && token <= roles.lastToken(m))) words++;
        }
        return words;
    }

    /**
     * "arms to be used in battle zones", "des munitions destinées à être utilisées", "gekauft, um eingesetzt zu
     * werden", "om ingezet te worden": a passive infinitive tells what the arms are for or may do, a use to
     * come in any tense of the sentence. English and French put "to be"/"être" before the participle, German
     * and Dutch "zu werden"/"te worden" after it.
     */
    private static boolean passiveInfinitive(Passage s, Lexicon.Hit cue) {
        int before = cue.startToken() - 1, after = cue.endToken();
        return switch (s.language()) {
            case "en" -> before >= 1 && s.tokens().get(before).folded().equals("be") && s.cueAt(before - 1, Lexicon.get(), "infinitive") != null;
            case "fr" -> before >= 0 && s.tokens().get(before).folded().equals("etre");
            case "de", "nl" -> after + 1 < s.tokens().size() && s.cueAt(after, Lexicon.get(), "infinitive") != null
                    && PASSIVE_INFINITIVE.contains(s.tokens().get(after + 1).folded());
            default -> false;
        };
    }

    /** The passive auxiliary's infinitive after "zu"/"te" (folded). */
    private static final Set<String> PASSIVE_INFINITIVE = Set.of("werden", "worden");

    /**
     * "assessments show that we are able to donate these systems", "Die Erfahrungen zeigen, dass das CV90 sehr
     * geschätzt wird": a verb of showing or finding followed by "that" shows a claim, not the arms.
     */
    private static boolean showsClaim(Passage s, Lexicon.Hit hit, Lexicon lexicon) {
        return SightingParties.isUse(hit) && hit.endToken() < s.tokens().size() && s.cueAt(hit.endToken(), lexicon, "complementizer") != null;
    }

    /** Stems of the German and Dutch "use" verbs that mean "stand up for" with a reflexive ("sich für ... einsetzen"). */
    private static final List<String> REFLEXIVE_ADVOCACY = List.of("einsetz", "ingezet", "inzet");

    /**
     * "das sich für die Lieferung einsetzt", "heeft zich ingezet voor de levering": with "sich"/"zich"
     * earlier in its clause the verb that elsewhere fields arms ("den Russland einsetzt") advocates.
     */
    private static boolean advocacy(SentenceRoles roles, Lexicon.Hit hit) {
        Passage s = roles.passage();
        String word = s.tokens().get(hit.startToken()).folded();
        if (!Lists.any(REFLEXIVE_ADVOCACY, word::startsWith)) return false;
        for (int k = hit.startToken() - 1; k >= 0 && !roles.clauseBreak(k + 1, hit.startToken()); k--) {
            String before = s.tokens().get(k).folded();
            if (before.equals("sich") || before.equals("zich")) return true;
        }
        return false;
    }

    /**
     * "showed two captured tanks", "used Leopards, with units damaged and destroyed": a capture or loss
     * outweighs a use; "ending up on the black market": the market, which has no status, outweighs the
     * use verb that brought the arms there; "in service, they were used at Bakhmut": a use outweighs a
     * standing in an inventory.
     */
    private static Lexicon.Hit strongest(List<Lexicon.Hit> hits) {
        for (Lexicon.Hit h : hits) if (!SightingParties.isUse(h) && !h.cue().value().equals(MARKET)) return h;
        for (Lexicon.Hit h : hits) if (h.cue().value().equals(MARKET)) return h;
        for (Lexicon.Hit h : hits) if (h.cue().value().equals(SightingParties.IN_USE)) return h;
        return EventFinder.first(hits);
    }

    /**
     * "пытаясь сбить русскую ракету", "намагалися збити": a Ukrainian or Russian infinitive tells an aim, not a deed. The
     * participles of shooting down ("сбит", "збитий") share its stem, so a destruction cue met in the infinitive is none.
     */
    private static boolean slavicInfinitive(Passage s, Lexicon.Hit hit) {
        if (!s.ukrainianOrRussian() || !SightingParties.isDestruction(hit)) return false;
        String word = s.tokens().get(hit.startToken()).folded();
        return SentenceRoles.endsWithAny(word, "ть", "ти", "ться", "тися");
    }

    /** The sighting cue value of a black market: a sighting with no status (docs/devset.md, "turning up on a market"). */
    private static final String MARKET = "market";
}
