package org.enduse.core.extract;

import java.util.List;

/**
 * The stance cue a sentence's statement is read from: the first stance verb, passives aside (their
 * agent is read elsewhere). A reaction ("responded to the accusations", "В МИД ответили на обвинения",
 * "відреагували на чутки", "reagierte auf die Erklärung") is a denial when what it answers is a claim
 * (accusations, reports, rumours, a statement) named within a few words after the verb: a government
 * answering a claim rebuts it. A reaction said to be negative ("negatief gereageerd op de vraag",
 * "reacted negatively to the request", "отрицательно отреагировал") turns down what it answers, a
 * denial too. Any other reaction to news, a question or an offer takes no stance. A verb of warning
 * ("a mis en garde", "gewarnt", "предупредил") is a condemnation only when it warns of a supply.
 */
final class StatementCue {
    /** Words between a reaction verb and the claim it answers: "reacted to the statement of", "a réagi, ce jeudi, à l'annonce". */
    private static final int CLAIM_WITHIN = 6;
    /** Words between a reaction verb and "negatively" on either side: "had negatief gereageerd", "reacted very negatively". */
    private static final int MANNER_WITHIN = 2;
    /** German and Dutch close the clause with the participle, the adverb further before it: "hat ablehnend auf die Anfrage Kiews reagiert". */
    private static final int MANNER_BEFORE_LAST_VERB = 8;

    /** The value of a verb of warning, a stance only over a supply. */
    private static final String WARNING = "warning";
    /** The value of a refused giving read as a stance cue. */
    static final String REFUSAL = "refusal";
    private static final Categories NEGATION = Lexicon.get().categories("negation");

    private StatementCue() {}

    static Lexicon.Hit first(Passage s, Lexicon lexicon) {
        List<Lexicon.Hit> hits = lexicon.all(s, "statement");
        for (Lexicon.Hit h : hits) {
            String value = h.cue().value();
            if (value.equals("passive")) continue;
            if (value.equals(WARNING)) {
                if (warnsOfSupply(s, h, lexicon)) return new Lexicon.Hit(h.startToken(), h.endToken(), as(h.cue(), "condemnation"));
                continue;
            }
            if (!value.equals("reaction")) return h;
            if (answersClaim(s, h, lexicon) || negative(s, h, lexicon)) return new Lexicon.Hit(h.startToken(), h.endToken(), as(h.cue(), "denial"));
        }
        return null;
    }

    /** The cue read with another stance: a reaction read as a denial, a warning as a condemnation. */
    private static Cue as(Cue cue, String stance) {
        return new Cue(cue.language(), cue.category(), stance, cue.categoryBit());
    }

    /**
     * "a mis en garde ... contre les livraisons à Kiev d'armes", "waarschuwt voor de levering van F-16's", "hat davor gewarnt, dass
     * neue Waffenlieferungen": a warning whose words name a supply (a delivery noun, a giving verb that gives something, a Dutch or
     * German compound ending in a delivery noun) condemns the supply. The supply follows the verb, or in German and Dutch stands
     * before the participle that closes its clause ("hat vor weiteren Panzerlieferungen gewarnt"). A warning about anything else
     * ("warned that Russia prepares a confrontation") takes no stance; a reporting clause after the supply (", a prévenu le
     * Kremlin") is left to the danger words {@link ImpliedStances#accusation} reads.
     */
    private static boolean warnsOfSupply(Passage s, Lexicon.Hit warning, Lexicon lexicon) {
        SentenceRoles roles = new SentenceRoles(s, lexicon);
        for (Lexicon.Hit h : lexicon.all(s, "delivery")) if (warnedOf(roles, warning, h.startToken())) return true;
        for (Lexicon.Hit h : lexicon.all(s, "transfer")) {
            if (warnedOf(roles, warning, h.startToken()) && !Purchase.is(h) && !CuesThatGiveNothing.givesNothing(roles, h)) return true;
        }
        if (!SentenceRoles.verbLast(s)) return false;
        for (int k = 0; k < s.tokens().size(); k++) {
            if (warnedOf(roles, warning, k) && lexicon.endsInWord(s.tokens().get(k).folded(), s.language(), "delivery")) return true;
        }
        return false;
    }

    /** True when token k stands after the warning verb, or in German and Dutch before it in its clause. */
    private static boolean warnedOf(SentenceRoles roles, Lexicon.Hit warning, int k) {
        if (k >= warning.endToken()) return true;
        return SentenceRoles.verbLast(roles.passage()) && k < warning.startToken() && !roles.clauseBreak(k, warning.startToken());
    }

    private static boolean answersClaim(Passage s, Lexicon.Hit reaction, Lexicon lexicon) {
        for (int k = reaction.endToken(); k < Math.min(s.tokens().size(), reaction.endToken() + CLAIM_WITHIN); k++) {
            Lexicon.Hit word = s.cueAt(k, lexicon, "stanceword");
            if (word != null && word.cue().value().equals("claim")) return true;
        }
        return false;
    }

    /** True when "negatively" or its kin stands by the reaction verb in its clause: "reacted negatively", "had negatief gereageerd". */
    private static boolean negative(Passage s, Lexicon.Hit reaction, Lexicon lexicon) {
        int from = Math.max(0, reaction.startToken() - (SentenceRoles.verbLast(s) ? MANNER_BEFORE_LAST_VERB : MANNER_WITHIN));
        // Within the reaction's clause: no punctuation between the adverb and the verb.
        int verbStart = s.tokens().get(reaction.startToken()).start();
        while (from < reaction.startToken() && EventFinder.hasPunctuation(s.between(s.tokens().get(from).end(), verbStart))) from++;
        int to = Math.min(s.tokens().size(), reaction.endToken() + MANNER_WITHIN);
        for (int k = from; k < to; k++) {
            Lexicon.Hit word = s.cueAt(k, lexicon, "stanceword");
            if (word != null && word.cue().value().equals("negative")) return true;
        }
        return false;
    }

    /**
     * "Болгария не будет поставлять Украине снаряды", "Paris avait décidé de ne pas envoyer de chars Leclerc": a giving of
     * goods the clause negates is refused, a denial by its giver (docs/devset.md: a refusal is a denial). The hit is the
     * giving verb's, its value "refusal", which {@link StatementStance} reads as a denial whatever negates it. Null when
     * the sentence refuses no giving or names no arms ("om de Russen niet te veel informatie te geven").
     */
    static Lexicon.Hit refusal(SentenceRoles roles, List<Mention> actors, Lexicon lexicon) {
        // Both readings below need a negation before their cue (CuesThatGiveNothing.negated); most sentences have none, and
        // EventFinder asks every sentence without a stance verb, so the lexicon searches are skipped for them.
        if (!roles.passage().mayHaveCue(lexicon, NEGATION)) return null;
        if (NegatedArms.namesArms(roles.passage(), actors, lexicon)) {
            for (Lexicon.Hit h : lexicon.all(roles.passage(), "transfer")) if (CuesThatGiveNothing.refusesGoods(roles, h)) return asRefusal(h);
        }
        // "nicht gestatten, ATACMS einzusetzen", "не предоставил разрешения на удар": the use of the arms refused, not their giving.
        return RefusedPermission.cue(roles, actors, lexicon);
    }

    /** The hit of a refusing word read as a stance cue of value "refusal". */
    static Lexicon.Hit asRefusal(Lexicon.Hit h) {
        return new Lexicon.Hit(h.startToken(), h.endToken(), new Cue(h.cue().language(), "statement", REFUSAL, h.cue().categoryBit()));
    }

    /**
     * A German stance verb whose particle closes the clause: "weist die Vorwürfe entschieden zurück",
     * "lehnte den Antrag ab", or "geht einem Bericht nach" (looks into it). The hit is the verb's; its
     * value the stance (or the inquiry's kind) the particle completes. Split verbs of giving are the transfers', of saying the speakers'.
     */
    static Lexicon.Hit separated(SentenceRoles roles, Lexicon lexicon) {
        for (Lexicon.Hit split : SplitVerbs.all(roles, lexicon)) if (!SplitVerbs.gives(split) && !SplitVerbs.says(split)) return split;
        return null;
    }
}
