package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Who holds sighted equipment and in which country it was seen, from the sighting's own sentence.
 * A capture or a destruction has two sides: the force that captures or destroys ("ВС РФ уничтожили
 * танк Abrams ВСУ", "von russischen Streitkräften zerstört") is the other side, so it neither holds
 * the equipment nor tells where it was; a loss ("Ukrainian troops abandoned", "втратили") is told by
 * the side that held it.
 */
final class SightingParties {
    private SightingParties() {}

    /** Stems of the loss words among the capture and destruction cues: their subject held the equipment. */
    private static final List<String> LOSS = List.of("lost", "abandon", "verlor", "zurückgelass", "zurücklass", "achtergelat", "perdu",
            "втрат", "покину", "потер", "брошен");

    /** The status a use cue gives: an inventory's standing is reported as a use. */
    static final String IN_USE = "in_use", INVENTORY = "inventory";
    /** The cue value of shooting down or sinking: reported as destroyed, but an unnamed count of it is a tally (SightingReader). */
    static final String DOWNED = "downed", DESTROYED = "destroyed";

    /** True for a cue of destruction, shooting down and sinking among them. */
    static boolean isDestruction(Lexicon.Hit cue) {
        String status = cue.cue().value();
        return status.equals(DESTROYED) || status.equals(DOWNED);
    }

    /** True for a cue of use: a verb of using or showing, or a standing in an inventory ("in service"). */
    static boolean isUse(Lexicon.Hit cue) {
        String status = cue.cue().value();
        return status.equals(IN_USE) || status.equals(INVENTORY);
    }

    /**
     * The force that held the equipment: the first armed force, unit or group of the sentence, but for
     * a capture or destruction not the one acting it, before the verb or after "by"/"von"/"par".
     */
    static Mention holder(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        boolean taken = !isUse(cue) && !isLoss(roles.passage(), cue);
        int cueStart = roles.passage().tokens().get(cue.startToken()).start();
        for (Mention m : in) {
            if (!m.mayHold()) continue;
            boolean actsIt = m.end() <= cueStart && !roles.clauseBreak(roles.lastToken(m) + 1, cue.startToken()) || roles.isSource(m);
            if (!(taken && actsIt)) return m;
        }
        return null;
    }

    /** True for a capture proper ("captured", "erbeutet", "захватили"), not a loss told by the side that lost ("abandoned"). */
    static boolean isCapture(Passage s, Lexicon.Hit cue) {
        return cue.cue().value().equals("captured") && !isLoss(s, cue);
    }

    /**
     * Who captured: the holder of captured equipment is the side that holds it now, as the custody rule
     * reads a captured sighting ("seen captured by" its holder) and as the labellers of real reports
     * write it (holder RU for Leopards Russia captured). A force or a country acting the capture: the
     * agent of the passive ("captured by Russian paratroopers", "von russischen Truppen erbeutet",
     * "захваченные российскими военными"), else the nearest before the
     * verb in its clause ("Das russische Militär hat ... erbeutet"), unless a place or "from"
     * preposition makes it the where or the side it was taken from ("in der Ukraine", "aus
     * US-Fertigung"). English and French put the agent after its participle, so a "by"/"par" before
     * the capture belongs to another one ("fournis à Kiev par la France aient été capturés"). A force
     * is preferred to the country its name holds ("ВС РФ"). A country or force standing on the goods
     * ("ukrainische Ausrüstung erbeutet") is whose they were, not the captor (TakenSide). Null when
     * none acts it. (Read for uses too, the user found so was wrong as often as right on the six
     * tuning batches: left out.)
     */
    static Mention captor(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Passage s = roles.passage();
        int cueStart = s.tokens().get(cue.startToken()).start(), cueEnd = s.tokens().get(cue.endToken() - 1).end();
        boolean agentBeforeVerb = !(s.language().equals("en") || s.language().equals("fr"));
        Mention agentBefore = null, nearest = null;
        for (Mention m : in) {
            if (!m.mayHold() && m.kind() != MentionKind.COUNTRY) continue;
            Lexicon.Hit from = roles.before(m, "from");
            boolean agent = from != null && from.cue().value().equals("agent") || roles.isInstrumental(m) || agentOfDescribedForce(roles, m);
            if (m.start() >= cueEnd) {
                if (agent) return m;
                continue;
            }
            if (m.end() > cueStart || roles.clauseBreak(roles.lastToken(m) + 1, cue.startToken())) continue;
            if (agent) {
                if (agentBeforeVerb) agentBefore = m;
                continue;
            }
            if (from != null || roles.before(m, "loc") != null || TakenSide.onGoods(roles, m, in)) continue;
            if (nearest != null && nearest.mayHold() && m.inside(nearest.start(), nearest.end())) continue;
            nearest = m;
        }
        return agentBefore != null ? agentBefore : nearest;
    }

    /**
     * "capturé par les troupes russes", "saisies par l'armée russe", "tombés aux mains des forces russes": French
     * writes a force's nationality after its noun, so the agent's preposition stands before the noun and the
     * state word alone is the mention. True when the country mention follows a force noun that follows "par"
     * (an article between allowed) or "mains de"/"mains des".
     */
    static boolean agentOfDescribedForce(SentenceRoles roles, Mention m) {
        Passage s = roles.passage();
        if (m.kind() != MentionKind.COUNTRY || !s.language().equals("fr")) return false;
        int noun = roles.firstToken(m) - 1;
        if (noun < 1 || !s.joined(noun + 1) || !s.joined(noun) || !FORCE_NOUNS.contains(s.tokens().get(noun).folded())) return false;
        int k = noun - 1;
        String word = s.tokens().get(k).folded();
        if (HANDS_OF.contains(word)) return k > 0 && s.joined(k) && s.tokens().get(k - 1).folded().equals("mains");
        if (isArticle(word) && k > 0 && s.joined(k)) k--;
        Lexicon.Hit agent = s.cueAt(k, Lexicon.get(), "from");
        return agent != null && agent.cue().value().equals("agent") && agent.endToken() == k + 1;
    }

    /** French nouns for a force or its soldiers that a nationality adjective follows, folded. */
    private static final Set<String> FORCE_NOUNS = Set.of("forces", "armee", "troupes", "militaires", "soldats");
    /** "aux mains des forces russes", "aux mains de l'armée russe": the word for "of" after the hands (folded). */
    private static final Set<String> HANDS_OF = Set.of("de", "des", "du");

    /**
     * The side a destruction or loss befell when no force holds the equipment: a state word on the goods
     * ("three of the Ukrainian Leopards", "украинские танки"), unless it is their maker's country
     * ("amerikanische Bradleys", "German Leopards" read as who made them), else for a loss its subject, the
     * side that lost them ("hat die Ukraine mehrere Leopard-Panzer verloren"). Null for a use or a capture,
     * whose holder is the force using it or the captor.
     */
    static Mention loser(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        String status = cue.cue().value();
        boolean loss = isLoss(roles.passage(), cue);
        if (isUse(cue) || status.equals("captured") && !loss) return null;
        Mention onGoods = stateOnGoods(roles, in);
        if (onGoods != null || !loss) return onGoods;
        Mention subject = captor(roles, cue, in);
        return subject != null && subject.kind() == MentionKind.COUNTRY ? subject : null;
    }

    /**
     * A country word on named equipment that is not the equipment's own maker country: right before the name,
     * or before the goods nouns that stand before it ("украинского танка Abrams", "українського танка Leopard"),
     * or in French right after the name ("un BMP-1 ukrainien"), where the adjective follows its noun.
     */
    private static Mention stateOnGoods(SentenceRoles roles, List<Mention> in) {
        boolean french = roles.passage().language().equals("fr");
        for (int i = 0; i + 1 < in.size(); i++) {
            Mention first = in.get(i), second = in.get(i + 1);
            if (second.start() < first.end()) continue;
            boolean adjacent = roles.lastToken(first) + 1 == roles.firstToken(second);
            if (first.kind() == MentionKind.COUNTRY && second.kind() == MentionKind.EQUIPMENT && !first.code().equals(second.country())
                    && goodsNounsOnly(roles, roles.lastToken(first) + 1, roles.firstToken(second)) && !onMeans(roles, first, second)) {
                return first;
            }
            if (french && adjacent && first.kind() == MentionKind.EQUIPMENT && second.kind() == MentionKind.COUNTRY
                    && !second.code().equals(first.country())) {
                return second;
            }
        }
        return null;
    }

    private static final Categories ITEM = Lexicon.get().categories("item");

    /**
     * True when every token from {@code from} to {@code to} (exclusive) is a goods noun ("tank", "танка") in no
     * instrumental ({@link DestroyingWeapon#instrumentalItem}: "российскими дронами танки Leopard" names the means, the
     * state word is on the drones); true when none.
     */
    private static boolean goodsNounsOnly(SentenceRoles roles, int from, int to) {
        Passage s = roles.passage();
        for (int k = from; k < to; ) {
            Lexicon.Hit noun = s.cueAt(k, Lexicon.get(), ITEM);
            if (noun == null || noun.cue().value().equals("PERSONS") || DestroyingWeapon.instrumentalItem(s, noun.endToken() - 1)) return false;
            k = noun.endToken();
        }
        return true;
    }

    private static final Categories WITH = Lexicon.get().categories("supportwith");

    /**
     * "mit russischen Drohnen Leopard-Panzer zerstört": a state word after "with" on goods nouns before the name is on
     * the means the name was destroyed with; right on the name ("a column with Russian T-72 tanks") it stays the name's.
     */
    private static boolean onMeans(SentenceRoles roles, Mention state, Mention goods) {
        int first = roles.firstToken(state);
        return first > 0 && roles.lastToken(state) + 1 < roles.firstToken(goods) && roles.passage().cueAt(first - 1, Lexicon.get(), WITH) != null;
    }

    /** The country a holder stands for: a country's own code, a force's country. */
    static String countryOf(Mention holder) {
        if (holder == null) return null;
        return holder.kind() == MentionKind.COUNTRY ? holder.code() : holder.country();
    }

    static boolean isLoss(Passage s, Lexicon.Hit cue) {
        for (int k = cue.startToken(); k < cue.endToken(); k++) {
            if (Lists.any(LOSS, s.tokens().get(k).folded()::startsWith)) return true;
        }
        return false;
    }

    /**
     * "within Russia's Belgorod region", "on Russian territory", "in der Ukraine": a country after a
     * place preposition and at most an article, unless it names a body ("сообщили в российском
     * Минобороны": who said it, not where).
     */
    static String locationCountry(SentenceRoles roles, List<Mention> in) {
        Passage s = roles.passage();
        for (Lexicon.Hit loc : Lexicon.get().all(s, "loc")) {
            int next = loc.endToken();
            // "à l'Ukraine" (folded "a") is who receives; French tells where with "en Ukraine", "dans l'Ukraine".
            String word = s.tokens().get(loc.endToken() - 1).folded();
            boolean dative = word.equals("à") || word.equals("a");
            if (!dative && next < s.tokens().size() && isArticle(s.tokens().get(next).folded())) next++;
            next = pastCompassPart(s, next);
            if (next >= s.tokens().size()) continue;
            int at = s.tokens().get(next).start();
            for (Mention m : in) {
                if (m.kind() == MentionKind.COUNTRY && m.start() == at && !namesBody(s, m, in) && !maker(roles, loc, m)) return m.country();
            }
        }
        return null;
    }

    /** Stems of the participles that make a place the goods' maker: "made", "hergestellt", "fabriqué", "произведенная" (folded). */
    private static final List<String> MADE = List.of("made", "built", "produced", "manufactured", "hergestellt", "gebaut", "produziert",
            "gefertigt", "gemaakt", "gebouwd", "geproduceerd", "vervaardigd", "fabriqu", "produit", "concu", "произведен", "изготовлен",
            "сделан", "вироблен", "виготовлен", "зроблен");

    /**
     * "den in den USA hergestellten Bradley", "произведенная в США", "fabriqué en Allemagne", "made in the USA": the
     * country after the place preposition is where the goods were made, not where they were seen. The participle
     * stands right before the preposition, or (German and Dutch, before the noun) right after the country.
     */
    private static boolean maker(SentenceRoles roles, Lexicon.Hit loc, Mention country) {
        Passage s = roles.passage();
        int before = loc.startToken() - 1, after = roles.lastToken(country) + 1;
        return before >= 0 && Lists.any(MADE, s.tokens().get(before).folded()::startsWith)
                || after < s.tokens().size() && Lists.any(MADE, s.tokens().get(after).folded()::startsWith);
    }

    /**
     * "in the south of Ukraine", "im Osten der Ukraine", "dans l'est de l'Ukraine", "на півдні України",
     * "in eastern Ukraine": a part of the country by its compass point still puts the sighting in it.
     * The token after the compass word and its "of" and article; k itself when k is no compass word.
     */
    static int pastCompassPart(Passage s, int k) {
        if (k >= s.tokens().size() || !COMPASS.contains(s.tokens().get(k).folded())) return k;
        int next = k + 1;
        if (next < s.tokens().size() && OF.contains(s.tokens().get(next).folded())) next++;
        if (next < s.tokens().size() && isArticle(s.tokens().get(next).folded())) next++;
        return next;
    }

    /** Compass points as nouns after a place preposition, and as adjectives before a country, folded. */
    private static final Set<String> COMPASS = Set.of("south", "north", "east", "west", "southern", "northern",
            "eastern", "western", "suden", "norden", "osten", "westen", "sudosten", "nordosten", "sud", "nord", "est", "ouest", "zuiden",
            "noorden", "oosten", "півдні", "півночі", "сході", "заході", "юге", "севере", "востоке", "западе");
    /** The word for "of" between a compass point and its country ("south of", "Osten der", "est de", "oosten van"). */
    private static final Set<String> OF = Set.of("of", "der", "de", "du", "des", "van");

    static boolean isArticle(String word) {
        return switch (word) {
            case "the", "der", "die", "dem", "den", "de", "het", "la", "le", "les", "l" -> true;
            default -> false;
        };
    }

    /** True when an organisation's name holds the country mention or follows it at once ("российском Минобороны"). */
    private static boolean namesBody(Passage s, Mention country, List<Mention> in) {
        for (Mention m : in) {
            if (m.kind() != MentionKind.ORGANIZATION) continue;
            if (m.overlaps(country.start(), country.end())) return true;
            if (m.start() >= country.end() && s.between(country.end(), m.start()).isBlank()) return true;
        }
        return false;
    }
}
