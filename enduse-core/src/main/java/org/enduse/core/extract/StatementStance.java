package org.enduse.core.extract;

import java.util.List;

/**
 * The stance a statement cue ("confirmed", "denied", "assured", "наголосив") takes in its sentence, read
 * from the words around it: a negation cancels it, words calling something false make it a denial, a
 * French "assurer" without "que" provides rather than assures, and stressing assures only that the arms
 * given are safe (or condemns them when it calls them a danger).
 */
final class StatementStance {
    /** Words between "assurer" and its "que": "a assuré mardi à la presse que". */
    private static final int PROVIDING_WITHIN = 8;

    private final SentenceRoles roles;
    private final List<Mention> actors;
    private final Lexicon lexicon = Lexicon.get();

    /** actors: the sentence's mentions outside its credit, as {@link Speakers} reads them. */
    StatementStance(SentenceRoles roles, List<Mention> actors) {
        this.roles = roles;
        this.actors = actors;
    }

    /**
     * The stance the cue gives in its sentence: none when negated ("n'a pas confirmé", "did not deny");
     * a denial when the sentence calls the claim false ("наголосили, що інформація є некоректною"). "no
     * evidence" carries its own negation.
     */
    String of(Lexicon.Hit cue) {
        String stance = cue.cue().value();
        // "не будут поставлять": the negation is what makes a refused giving a denial.
        if (stance.equals(StatementCue.REFUSAL)) return "denial";
        if (!stance.equals("assurance") && (roles.near(cue.startToken(), 3, 0, "negation") || negatedAfter(cue))) return null;
        // "refused to comment", "отказались комментировать", "a refusé de se prononcer": withholding details denies nothing.
        if (stance.equals("denial") && WithheldDetails.refusalWithholds(roles, cue.startToken(), cue.endToken(), lexicon)) return null;
        if (falsity(roles.passage(), lexicon)) return "denial";
        if (providing(cue)) return null;
        // "Брекельманс наголосив, що росіяни атакують енергетику": stressing assures only that arms are safe.
        if (emphasisOnly(cue) && DangerWords.condemnArms(roles, actors, cue.endToken(), lexicon)) return "condemnation";
        return emphasisOnly(cue) && !safeArmsAfter(cue) ? null : stance;
    }

    /**
     * True for French "assurer" and "garantir" used for providing ("a assuré également une protection",
     * "garantit la sécurité"): they assure only what a "que" clause says ("a assuré que les armes ...").
     */
    private boolean providing(Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.language().equals("fr") || !cue.cue().value().equals("assurance")) return false;
        String verb = s.tokens().get(cue.endToken() - 1).folded();
        if (!verb.startsWith("assur") && !verb.startsWith("garanti")) return false;
        // A verb its clause ends with reports the words before it ("», assure-t-il"); one set off by a comma may take "que" later ("a assuré, mardi, que").
        if (cue.endToken() == s.tokens().size() || roles.clauseBreak(cue.endToken(), cue.endToken())) return false;
        for (int k = cue.endToken(); k < Math.min(s.tokens().size(), cue.endToken() + PROVIDING_WITHIN); k++) {
            if (s.cueAt(k, lexicon, "complementizer") != null) return false;
        }
        return true;
    }

    /** True when the assurance verb only stresses ("stressed", "benadrukt", "наголосив"). */
    boolean emphasisOnly(Lexicon.Hit cue) {
        return stresses(roles.passage(), cue, lexicon);
    }

    /** True when the stance cue is a verb that only stresses ("stressed", "benadrukt", "наголосив"). */
    static boolean stresses(Passage s, Lexicon.Hit cue, Lexicon lexicon) {
        Lexicon.Hit word = s.cueAt(cue.startToken(), lexicon, "stanceword");
        return word != null && word.cue().value().equals("emphasis");
    }

    /**
     * True when the words after the cue speak for the arms given: a control word ("вся надана зброя під
     * контролем", "контроль полный"), or arms named with a negation ("no weapons went astray") or with
     * their giving ("Our weapons that are provided to Ukraine are intended for defence"). Stressing a
     * purchase ("benadrukte dat de aankoop van luchtverdedigingssystemen de hoofdprioriteit is")
     * assures nothing.
     */
    private boolean safeArmsAfter(Lexicon.Hit cue) {
        Passage s = roles.passage();
        boolean negatedOrGiven = false;
        for (Lexicon.Hit h : lexicon.all(s, "stanceword", "negation", "transfer", "delivery")) {
            if (h.startToken() < cue.endToken()) continue;
            String value = h.cue().value(), category = h.cue().category();
            if (category.equals("stanceword") && value.equals("control")) return true;
            if (negating(h.cue()) && !WithheldDetails.negationWithholds(roles, h.endToken(), lexicon)) negatedOrGiven = true;
            if ((category.equals("transfer") || category.equals("delivery")) && !Purchase.is(h)) negatedOrGiven = true;
        }
        return negatedOrGiven && armsAfter(cue);
    }

    /** True when the words after the cue name arms: catalog equipment or a weapon noun. */
    private boolean armsAfter(Lexicon.Hit cue) {
        Passage s = roles.passage();
        int after = s.tokens().get(cue.endToken() - 1).end();
        if (actors.stream().anyMatch(m -> m.kind() == MentionKind.EQUIPMENT && m.start() >= after)) return true;
        return lexicon.all(s, "item", "materiel").stream().anyMatch(h -> h.startToken() >= cue.endToken() && !h.cue().value().equals("PERSONS"));
    }

    /** German and Dutch close a main clause with its negation: "bestätigte den Antrag nicht", "bevestigde het bericht niet". */
    private boolean negatedAfter(Lexicon.Hit cue) {
        Passage s = roles.passage();
        if (!s.language().equals("de") && !s.language().equals("nl")) return false;
        for (int j = cue.endToken(); j < s.tokens().size() && !roles.clauseBreak(cue.endToken(), j); j++) {
            if (s.cueAt(j, lexicon, "negation") != null) return true;
        }
        return false;
    }

    /**
     * A negation, or a word that carries its own ("none": "no evidence", "no risk"); not "not only"
     * ("не лише летальну зброю, але й ..."), which opens a list and negates nothing.
     */
    static boolean negating(Cue cue) {
        return cue.category().equals("negation") && !cue.value().equals("notonly") || cue.value().equals("none");
    }

    /** True when the sentence calls something false ("є некоректною", "is false"). */
    static boolean falsity(Passage s, Lexicon lexicon) {
        return Lists.any(lexicon.all(s, "stanceword"), h -> h.cue().value().equals("false"));
    }
}
