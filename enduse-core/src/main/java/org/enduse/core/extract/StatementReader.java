package org.enduse.core.extract;

import java.util.List;

/**
 * A statement in one sentence from its stance verb ("denied", "condemned", "bevestigde",
 * "заперечили"): its stance, its speaker and the country it is against. A reporting clause
 * (", confirmed the chancellor") and a passive's subject speak no stance.
 */
final class StatementReader {
    private StatementReader() {}

    /**
     * The statement of a stance verb: who speaks it (a passive's agent, the subject, the speaker, a pronoun), for which country and
     * against whom; null when there is none. {@code told} holds the events already read in the sentence (its transfers).
     */
    static Event read(SentenceContext c, Lexicon.Hit cue, List<Event> told) {
        SentenceRoles roles = c.roles();
        List<Mention> in = c.actors();
        String attributed = c.attributed();
        Mention speaker = c.speaker();
        Speakers speakers = c.speakers();
        Passage s = roles.passage();
        int cueStart = s.tokens().get(cue.startToken()).start();
        // ", confirmed the chancellor" closes a sentence as a reporting clause, not as a stance; so does "…,” he stressed".
        if (cue.startToken() > 0 && s.between(s.tokens().get(cue.startToken() - 1).end(), cueStart).contains(",")
                && !Appositive.closesBefore(s, cue.startToken(), in, Lexicon.get())) return null;
        if (speakers.pronounAfterComma(cue.startToken())) return null;
        StatementStance stances = new StatementStance(roles, in);
        String stance = stances.of(cue);
        if (stance == null) return null;
        Mention by = passive(roles, cue, in);
        // "was condemned by the international community": a passive's subject is who the stance is about, never its speaker.
        if (by == null && passiveAuxiliary(roles, cue)) return null;
        if (by == null) by = speakerBefore(roles, cue, in, speakers);
        // "Der Kreml hat ... kritisiert", "Senator Rand Paul lehnte ... ab": the body or person whose stance verb it is speaks it, credited as
        // the speaker of a verb of saying is (a country speaks for itself and is no credit).
        String credit = attributed != null || by == null ? attributed : speakers.source(titledSpeaker(s, by, in));
        if (by == null && speaker != null && speaker.start() > cueStart) by = speaker;
        if (by == null) by = speakers.pronounBefore(cue.startToken());
        if (by == null) return null;
        String byCode = speakers.countryOf(by);
        // "Российская сторона подчеркнула, что поставляемое оружие используется для обстрелов": stressed by the arms' target, they are condemned.
        if (stances.emphasisOnly(cue)) stance = StanceOfTheInvader.of(stance, byCode);
        // "Sunak confirmed the supply of Challenger 2", "bevestigde dat het 200 Stingers zal sturen": a giver confirming its own pledge
        // takes no stance, the pledge is the transfer alone (docs/devset.md, settled in round 30); a confirmed delivery stays a confirmation.
        if (stance.equals("confirmation") && confirmsOwnPledge(told, byCode)) return null;
        // "wird der Ukraine nicht gestatten, Taurus gegen Ziele in Russland einzusetzen": a refusal is aimed at the party refused, the
        // recipient before the verb, not the place the strike would hit.
        Mention refused = cue.cue().value().equals(StatementCue.REFUSAL) ? EventFinder.between(in, by, cueStart) : null;
        // "Hongarije heeft het steunpakket geblokkeerd, maar Nederland leverde 18 F-16's": what a clause apart tells is not denied.
        List<Mention> own = SeparateClauses.with(roles, cue.startToken(), in);
        Mention target = refused != null && roles.isRecipient(refused) ? refused
                : own.stream().filter(m -> m.start() > cueStart && m.kind() == MentionKind.COUNTRY && !m.country().equals(byCode))
                .findFirst().orElse(null);
        // "hat eine Erklärung Russlands dementiert": the verb comes last, its object before it.
        if (target == null) target = EventFinder.between(own, by, cueStart);
        int filled = EventFinder.count(byCode, target, "stance");
        return Event.statement(byCode, target == null ? null : target.country(), stance, EventFinder.equipment(own), credit, EventFinder.confidence(filled, credit),
                s.start(), s.end());
    }

    /** True when the sentence's transfers include one pledged by the speaker's own state (the status the transfer reader gave it). */
    private static boolean confirmsOwnPledge(List<Event> told, String byCode) {
        return byCode != null && Lists.any(told, e -> e.type() == EventType.TRANSFER && "pledged".equals(e.status()) && byCode.equals(e.donor()));
    }

    /**
     * The speaker before a stance verb: the first actor of the verb's clause, since what follows it
     * is the verb's object or a genitive ("Das Außenministerium der Ukraine hat eine Erklärung des
     * chinesischen Außenministeriums dementiert"); else the nearest actor before the clause. The
     * speaker is not inside "von Deutschland", "an die Ukraine", "in Russia".
     */
    private static Mention speakerBefore(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, Speakers speakers) {
        Passage s = roles.passage();
        int cueStart = s.tokens().get(cue.startToken()).start();
        // "les groupes qui ont reconnu", "the groups which denied": the relative pronoun stands for the noun before it.
        for (int k = Math.max(0, cue.startToken() - 2); k < cue.startToken(); k++) {
            if (s.cueAt(k, Lexicon.get(), "relpronoun") != null) {
                int pronounStart = s.tokens().get(k).start();
                return in.stream().filter(m -> m.end() <= pronounStart && s.between(m.end(), pronounStart).strip().replace(",", "").isEmpty()
                        && SentenceRoles.canAct(m)).findFirst().orElse(null);
            }
        }
        // "У МЗС України наголосили", "В МИД подчеркнули": a Slavic body in the locative speaks for itself.
        boolean slavic = s.ukrainianOrRussian();
        Mention nearest = null, clauseFirst = null;
        for (Mention m : in) {
            if (m.end() > cueStart) break;
            boolean bodySpeaks = slavic && m.kind() == MentionKind.ORGANIZATION && roles.isLocation(m);
            if (!(SentenceRoles.canAct(m) || m.kind() == MentionKind.PERSON || speakers.knownBody(m)) || (SentenceRoles.isState(m) && roles.isRecipient(m))
                    || roles.isSource(m) || (roles.isLocation(m) && !bodySpeaks)) {
                continue;
            }
            nearest = m;
            boolean sameClause = !roles.clauseBreak(roles.lastToken(m) + 1, cue.startToken());
            if (sameClause && clauseFirst == null) clauseFirst = m;
            if (!sameClause) clauseFirst = null;
        }
        return clauseFirst != null ? clauseFirst : nearest;
    }

    /** "глава МИД ФРГ Анналена Бербок признала": a body inside a person's title names the person, who speaks. */
    private static Mention titledSpeaker(Passage s, Mention by, List<Mention> in) {
        Mention titled = TitledName.titledBy(s, by, in, Lexicon.get());
        return titled != null ? titled : by;
    }

    /** "was condemned by the EU", "wurde von Berlin abgelehnt": a passive stance verb's agent follows "by"/"von"/"par". */
    private static Mention passive(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        if (!passiveAuxiliary(roles, cue)) return null;
        for (Mention m : in) {
            if (SentenceRoles.canAct(m) && roles.isSource(m) && !roles.clauseBreak(cue.endToken(), roles.firstToken(m))) return m;
        }
        return null;
    }

    /** True for a passive stance verb whose agent ("by", "door", "von") names no one who can act, or that names no agent. */
    static boolean passiveWithoutActor(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        return passiveAuxiliary(roles, cue) && passive(roles, cue, in) == null;
    }

    /** True when a passive auxiliary stands before the stance verb in its clause. */
    private static boolean passiveAuxiliary(SentenceRoles roles, Lexicon.Hit cue) {
        Passage s = roles.passage();
        // "Germany would not be sending Taurus missiles": an English -ing form after "be" is the progressive, spoken by its subject.
        if (s.language().equals("en") && s.tokens().get(cue.startToken()).folded().endsWith("ing")) return false;
        // German and Dutch put the participle last: "wurde von der Schweiz abgelehnt".
        int window = SentenceRoles.verbLast(s) ? 8 : 2;
        for (int k = Math.max(0, cue.startToken() - window); k < cue.startToken(); k++) {
            if (s.cueAt(k, Lexicon.get(), "passiveaux") != null && !roles.clauseBreak(k + 1, cue.startToken())) return true;
        }
        return false;
    }
}
