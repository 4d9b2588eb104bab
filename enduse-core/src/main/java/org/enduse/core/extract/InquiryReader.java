package org.enduse.core.extract;

import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * An inquiry in one sentence: an investigation, audit, commission, criminal case, arrest, summons, note, request or parliamentary question
 * ("launched an investigation", "a ouvert une enquête", "порушили кримінальне провадження"), who
 * holds it and whom it looks into. A report counts only as a government body's audit.
 */
final class InquiryReader {
    private InquiryReader() {}

    /**
     * The inquiry of a cue: who holds it (the body named at the cue, an actor before it, the speaker)
     * and into whom; null when the clause denies it, or it is a common noun nobody holds.
     *
     * @param in the mentions the inquiry's parties are read from: the credit's, for an inquiry named inside it
     */
    static Event read(SentenceContext c, Lexicon.Hit cue, List<Mention> in) {
        if (denied(c.roles(), cue)) return null;
        // A request is read by its own parties: the asker written on it, and the state asked.
        if (cue.cue().value().equals("request")) return PermissionRequest.read(c, cue, in);
        // A parliamentary question is its parliament's state's, put to that state's government.
        if (cue.cue().value().equals("question")) return ParliamentaryQuestion.read(c, cue, in);
        // An arrest is a criminal case's act: held by the police that make it, else where it is made.
        if (cue.cue().value().equals("arrest")) return Arrest.read(c, cue, in);
        Passage s = c.passage();
        String attributed = c.attributed();
        Mention speaker = c.speaker();
        Speakers speakers = c.speakers();
        int cueStart = s.tokens().get(cue.startToken()).start();
        Mention by = InquiryOwner.namedBy(in, cueStart);
        if (by == null) by = in.stream().filter(m -> m.end() <= cueStart && SentenceRoles.canAct(m) && m.country() != null
                && !speakers.addressed(m)).findFirst().orElse(null);
        if (by == null) by = InquiryOwner.after(s, cue, in);
        if (by == null && speaker != null && speaker.start() > cueStart) by = speaker;
        String kind = cue.cue().value();
        if (kind.equals("none")) return null;
        // "створення тимчасової слідчої комісії": a commission a state sets up looks into its own side unless the sentence names another.
        boolean commission = kind.equals("commission"), criminal = kind.equals("criminal");
        if (commission || criminal) kind = "investigation";
        if (kind.equals("report")) {
            if (answered(s, cue) || !issuedByGovernment(by) || speakers.auditedByAnotherState(speakers.countryOf(by))) return null;
            kind = "audit";
        }
        String byCode = by == null ? speakers.inquiryOwner(kind) : speakers.countryOf(by);
        if (byCode == null && criminal) byCode = CriminalCase.jurisdiction(s, in, c.discourse());
        Mention target = InquiryTarget.of(speakers, in, by, byCode, cueStart, kind);
        String targetCode = target == null ? (commission ? byCode : null) : target.country();
        String inquirer = byCode;
        String envoy = kind.equals("summons") ? Summons.envoyState(s, in, Lexicon.get()) : null;
        if (envoy != null) {
            targetCode = envoy;
            Set<String> envoys = Summons.envoys(s, in, envoy, Lexicon.get());
            if (inquirer == null || envoys.contains(inquirer)) inquirer = Summons.summoner(in, envoys);
        }
        // "Une enquête ... chez votre médecin", "wordt onderzocht": an inquiry nobody holds and into nobody is a common noun.
        if (inquirer == null && targetCode == null && attributed == null) return null;
        speakers.inquiryHeld(kind, inquirer);
        int filled = EventFinder.count(inquirer, targetCode, "kind");
        return new Event(EventType.INQUIRY, null, null, EventFinder.equipment(in), null, null, null, null, null, null, null, inquirer,
                targetCode, kind, null, attributed, EventFinder.confidence(filled, attributed), s.start(), s.end());
    }

    /**
     * "heeft geen onderzoek ingesteld", "n'a pas ouvert d'enquête", "не проводило расследования",
     * "keinerlei Prüfung": an inquiry the clause negates was not held.
     */
    private static boolean denied(SentenceRoles roles, Lexicon.Hit inquiry) {
        if (roles.near(inquiry.startToken(), 3, 0, "negation")) return true;
        Lexicon.Hit none = inquiry.startToken() == 0 ? null : roles.passage().cueAt(inquiry.startToken() - 1, Lexicon.get(), "stanceword");
        return none != null && none.cue().value().equals("none");
    }

    /**
     * "rejected the reports", "dismissed the report as propaganda": a report a stance verb takes as its object is someone
     * else's claim the body answers, not its audit.
     */
    private static boolean answered(Passage s, Lexicon.Hit report) {
        int k = report.startToken() - 1;
        if (k >= 0 && SentenceRoles.isArticle(s.tokens().get(k))) k--;
        return k >= 0 && s.cueAt(k, Lexicon.get(), "statement") != null;
    }

    /** True for a government body or force that can issue an audit's report; a state, a person or a newspaper reports otherwise. */
    private static boolean issuedByGovernment(Mention by) {
        return by != null && by.kind() == MentionKind.ORGANIZATION && by.country() != null && (by.actorKind() == null
                || by.actorKind() == ActorKind.GOVERNMENT_BODY || by.actorKind() == ActorKind.ARMED_FORCE);
    }
}
