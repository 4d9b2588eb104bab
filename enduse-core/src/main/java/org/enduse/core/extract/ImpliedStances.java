package org.enduse.core.extract;

import java.util.List;

/**
 * Stances a sentence holds without a stance verb, read from a speaker's words: a denial (words that
 * negate or call a claim false), an accusation (arms gone astray, propaganda), an assurance (arms
 * kept under control), and the unclaimed negated words a later sentence's speaker claims. Who
 * speaks is read by {@link Speakers}.
 */
final class ImpliedStances {
    private final SentenceRoles roles;
    private final List<Mention> actors;
    private final Speakers speakers;
    private final Discourse discourse;
    private final Lexicon lexicon = Lexicon.get();

    ImpliedStances(SentenceContext c) {
        this.roles = c.roles();
        this.actors = c.actors();
        this.speakers = c.speakers();
        this.discourse = c.discourse();
    }

    /**
     * A reported denial without a stance verb: a speaker's words that negate or call something
     * false ("« Nous n'avons rien à voir », a déclaré Podolyak", "Подоляк заявив, що Україна не має до
     * них відношення"). Not when the words are about giving ("would not send tanks"): a withheld
     * transfer is no denial of a claim. Null when the sentence is no such report.
     */
    Event denial(String attributed, Mention credited, Mention quoteSpeaker) {
        Passage s = roles.passage();
        Mention speaker = speakerOfWords(s, credited);
        // A negation in a quote of several sentences or beside "he said" is seldom about a claim; words calling it false are.
        if (speaker == null && (StatementStance.falsity(s, lexicon) || names(s, "diversion"))) speaker = speakerBeside(quoteSpeaker);
        if (speaker == null) return null;
        String byCode = speakers.countryOf(speaker);
        if (byCode == null || aboutGiving(s) || !deniesClaim(s, speaker)) return null;
        // "поставки не остановят, а продлят конфликт": arms called a danger condemn them, whatever else the words negate.
        if (DangerWords.condemnArms(roles, actors, 0, lexicon)) return null;
        // "Американська зброя ... не потрапляє в чужі руки, - Держдеп": saying the arms did not go astray assures.
        String stance = NegatedArms.assure(roles, actors, byCode, lexicon) ? "assurance" : "denial";
        // "Поставки оружия Киеву не помешают РФ достичь своих целей": the invader's negated words about the arms condemn them;
        // not its words that the arms did not go astray, the two Russian assurances the labels hold (round 48).
        if (NegatedArms.namesArms(s, actors, lexicon) && !StatementStance.falsity(s, lexicon) && !names(s, "diversion")) {
            stance = StanceOfTheInvader.ofNegatedWordsAboutArms(stance, byCode);
        }
        return Event.statement(byCode, null, stance, EventFinder.equipment(actors), attributed, EventFinder.confidence(2, attributed), s.start(), s.end());
    }

    /**
     * "Zakharova said supplies of Western weapons found their way into the black market": a speaker
     * for a government who says arms went astray, or calls what others say propaganda, accuses,
     * whether or not a stance verb says so. Not
     * when the words negate ("no weapons were smuggled" is a denial). Null when the sentence is no such claim.
     */
    Event accusation(String attributed, Mention quoteSpeaker) {
        Passage s = roles.passage();
        // "Russland investiert viele Ressourcen in die Desinformation, erklärte Nikolenko": calling it propaganda accuses too.
        boolean danger = DangerWords.condemnArms(roles, actors, 0, lexicon);
        if (!danger && !names(s, "diversion") && !names(s, "disinformation")) return null;
        Mention speaker = speakerOfWords(s, null);
        if (speaker == null) speaker = speakerBeside(quoteSpeaker);
        // A danger word carries its own negation ("no risk" is none), so only gone-astray and propaganda words yield to one.
        if (speaker == null || !danger && negates(s, speaker)) return null;
        String byCode = speakers.countryOf(speaker);
        if (byCode == null) return null;
        return Event.statement(byCode, null, "condemnation", EventFinder.equipment(actors), attributed, EventFinder.confidence(2, attributed),
                s.start(), s.end());
    }

    /**
     * "“Everything is clearly controlled,” Yermak wrote", "..., sont soigneusement comptabilisées», a-t-il
     * déclaré": a speaker for a government who says arms are kept under control assures, whether or
     * not a stance verb says so. The words must name the arms (a control word alone may be a front
     * line's) and must not negate the control ("lost control", "не контролюються"). Null when the
     * sentence is no such report.
     */
    Event assurance(String attributed, Mention quoteSpeaker) {
        Passage s = roles.passage();
        boolean controlled = Lists.any(lexicon.all(s, "stanceword"), h -> h.cue().value().equals("control")
                && !roles.near(h.startToken(), 3, 0, "negation") && !overTerritory(h));
        if (!controlled || !NegatedArms.namesArms(s, actors, lexicon)) return null;
        Mention speaker = speakerOfWords(s, null);
        if (speaker == null) speaker = speakerBeside(quoteSpeaker);
        String byCode = speaker == null ? null : speakers.countryOf(speaker);
        if (byCode == null) return null;
        // "Представитель Кремля добавил, что Украина не может обеспечить ... учет поставляемого Западом оружия": the arms' target condemns.
        return Event.statement(byCode, null, StanceOfTheInvader.of("assurance", byCode), EventFinder.equipment(actors), attributed,
                EventFinder.confidence(2, attributed), s.start(), s.end());
    }

    /**
     * "Таку заяву зробив представник ГУР Міноборони Андрій Черняк", "Dies sagte Minister X": the sentence
     * names the speaker of the negated words before it, whose denial they are. Null when it is no such sentence.
     */
    Event claimedDenial(Discourse.Unclaimed words, String attributed) {
        if (words == null) return null;
        Mention speaker = Speakers.claiming(roles.passage(), actors, lexicon);
        String byCode = speaker == null ? null : speakers.countryOf(speaker);
        return byCode == null ? null : denialBy(byCode, words.equipment(), attributed, words.start(), words.end());
    }

    /**
     * The sentence's negated words when it names no speaker ("Українські військові не беруть участі в
     * операції"), for the next sentence to claim; else null.
     */
    Discourse.Unclaimed unspokenDenial() {
        Passage s = roles.passage();
        if (speakers.reporting(s, actors) != null || dashCredit(s) != null || aboutGiving(s) || !deniesClaim(s, null)) return null;
        return new Discourse.Unclaimed(EventFinder.equipment(actors), s.start(), s.end());
    }

    /**
     * Who speaks words that hold a stance without a stance verb: the reporting clause's speaker, else
     * a government body the report credits ("..., – сказано в повідомленні МОУ") or the speaker after
     * a closing dash. Null when none.
     */
    private Mention speakerOfWords(Passage s, Mention credited) {
        Mention speaker = speakers.reporting(s, actors);
        if (speaker == null && credited != null && SentenceRoles.canAct(credited)) speaker = credited;
        return speaker != null ? speaker : dashCredit(s);
    }

    /** The speaker named after a quote of several sentences ("“...,” said the minister"), else a pronoun at the speech verb ("a-t-il déclaré", "він заявив"). */
    private Mention speakerBeside(Mention quoteSpeaker) {
        return quoteSpeaker != null ? quoteSpeaker : pronounAtSpeech();
    }

    /**
     * "he said", "сказав він", "a-t-il encore déclaré": a subject pronoun next to a speech verb, or
     * after French's inverting "-t-" (which only a verb put before its subject takes), stands for the
     * last person named.
     */
    private Mention pronounAtSpeech() {
        Passage s = roles.passage();
        if (s.language().equals("fr")) {
            for (int k = 0; k + 1 < s.tokens().size(); k++) {
                boolean inverted = s.tokens().get(k).folded().equals("t") && s.textIs(s.tokens().get(k).end(), s.tokens().get(k + 1).start(), "-");
                if (inverted && speakers.personPronoun(s, k + 1)) return discourse.lastPerson();
            }
        }
        for (Lexicon.Hit said : lexicon.all(s, "speech")) {
            for (int k = Math.max(0, said.startToken() - 1); k < Math.min(s.tokens().size(), said.endToken() + 2); k++) {
                if (k >= said.startToken() && k < said.endToken()) continue;
                if (speakers.personPronoun(s, k)) return discourse.lastPerson();
            }
        }
        return null;
    }

    /** "..., яку ЗСУ навіть не постачали – Міноборони": a headline credits its speaker after a closing dash. */
    private Mention dashCredit(Passage s) {
        if (actors.isEmpty()) return null;
        Mention last = actors.get(actors.size() - 1);
        // The text after the last actor first: it rarely ends the sentence, and then the text before,
        // the sentence's longest part, need not be copied.
        String after = s.between(last.end(), s.end()).strip();
        if (!after.isEmpty() && !after.equals(".")) return null;
        String before = s.between(s.start(), last.start()).stripTrailing();
        boolean dashed = before.endsWith(" –") || before.endsWith(" -") || before.endsWith(" —");
        return dashed && Speakers.speaks(last) ? last : null;
    }

    private boolean names(Passage s, String stanceword) {
        return Lists.any(lexicon.all(s, "stanceword"), h -> h.cue().value().equals(stanceword));
    }

    /** True when the words negate or call something false, outside the speaker's own name. */
    private boolean negates(Passage s, Mention speaker) {
        return negates(s, speaker, true);
    }

    /**
     * True when the words negate a claim or call it false: as {@link #negates}, but a negated ability ("kan de strijd
     * niet volhouden", "не сможет остановить") says what cannot be done, no claim denied ({@link NegatedAbility}).
     */
    private boolean deniesClaim(Passage s, Mention speaker) {
        return negates(s, speaker, false);
    }

    private boolean negates(Passage s, Mention speaker, boolean abilityToo) {
        for (Lexicon.Hit h : lexicon.all(s, "negation", "stanceword")) {
            if (!abilityToo && NegatedAbility.of(roles, h)) continue;
            int at = s.tokens().get(h.startToken()).start();
            // Words calling something false negate it too.
            // "did not provide details", "не уточнив", "geen mededelingen": a negation that withholds details negates no claim.
            boolean negating = StatementStance.negating(h.cue()) && !WithheldDetails.negationWithholds(roles, h.endToken(), lexicon)
                    || h.cue().value().equals("false");
            if (negating && (speaker == null || !speaker.overlaps(at, at + 1))) return true;
        }
        return false;
    }

    /**
     * True when the words are about giving to come ("would not send tanks", "не планує передавати") or refuse a permission
     * over arms ({@link RefusedPermission}): a withheld transfer denies no claim (its refusal is read from the giving verb, {@link StatementCue#refusal}). "техніку, яку ЗСУ навіть не постачали" (equipment
     * never supplied) denies a claim about what happened.
     */
    private boolean aboutGiving(Passage s) {
        // "does not allow Ukraine to strike Russia with its missiles, the Pentagon said": a refused permission is read as the refusal it is.
        if (RefusedPermission.cue(roles, actors, lexicon) != null) return true;
        List<Lexicon.Hit> giving = lexicon.all(s, "transfer");
        if (giving.isEmpty()) return false;
        boolean toCome = !lexicon.all(s, "future", "infinitive").isEmpty();
        return toCome || giving.stream().anyMatch(h -> !AidVerbs.status(h).equals("delivered"));
    }

    /** "le contrôle total du sud de l'Ukraine", "control of the village": control over ground is the war's, not the arms'. */
    private boolean overTerritory(Lexicon.Hit control) {
        Passage s = roles.passage();
        int to = control.endToken();
        // Within its clause: "…controlled,” said Ukrainian minister X" names the speaker's country, not ground.
        while (to < Math.min(s.tokens().size(), control.endToken() + 6) && !roles.clauseBreak(control.endToken(), to)) to++;
        if (to == control.endToken()) return false;
        int from = s.tokens().get(control.startToken()).start(), until = s.tokens().get(to - 1).end();
        return actors.stream().anyMatch(m -> m.start() >= from && m.start() < until
                && (m.kind() == MentionKind.PLACE || m.kind() == MentionKind.COUNTRY));
    }

    private static Event denialBy(String byCode, List<String> equipment, String attributed, int start, int end) {
        return Event.statement(byCode, null, "denial", equipment, attributed, EventFinder.confidence(2, attributed), start, end);
    }
}
