package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/**
 * A state asking another for consent to pass on arms: "Poland has asked Germany for permission to
 * send Leopards to Ukraine", "l'Allemagne ... a demandé à la Suisse l'autorisation de réexportation",
 * "Польша запросила у Германии разрешение на передачу", "Berne a opposé son veto à une demande
 * danoise", an inquiry of kind request by the asker into the asked state. A request that neither
 * asks consent nor is turned down ("Ukraine asked its allies for tanks") is no inquiry: the labels
 * of the real reports read it so (docs/devset.md, "Labelling rules").
 */
final class PermissionRequest {
    private PermissionRequest() {}

    /** Words joining a request noun to its asker written after it: "requests from Germany", "la demande de Berlin". */
    private static final Set<String> FROM = Set.of("from", "of", "by", "de", "du", "des", "d", "van", "uit", "von", "aus", "из", "от", "з", "від");

    /** The request of a cue, or null when its sentence asks no consent or names no asker. */
    static Event read(SentenceContext c, Lexicon.Hit cue, List<Mention> in) {
        SentenceRoles roles = c.roles();
        Passage s = c.passage();
        if (!asksConsent(s)) return null;
        Mention asker = attached(roles, cue, in);
        if (asker == null) asker = subjectBefore(roles, cue, in);
        // "Au début de l'année, la Suisse a rejeté une demande similaire": a request named again is the last asker's.
        String by = asker == null ? c.speakers().inquiryOwner("request") : c.speakers().countryOf(asker);
        if (by == null) return null;
        c.speakers().inquiryHeld("request", by);
        String target = asked(roles, cue, in, by);
        return new Event(EventType.INQUIRY, null, null, EventFinder.equipment(in), null, null, null, null, null, null, null, by,
                target, "request", null, c.attributed(), EventFinder.confidence(EventFinder.count(by, target, "request"), c.attributed()),
                s.start(), s.end());
    }

    /** A permission the sentence names, or a refusal ("vetoed", "a rejeté", "отклонила"): what a request for consent meets. */
    private static boolean asksConsent(Passage s) {
        Lexicon lexicon = Lexicon.get();
        return lexicon.all(s, "transfer").stream().anyMatch(h -> h.cue().value().equals("approved"))
                || lexicon.all(s, "statement").stream().anyMatch(h -> h.cue().value().equals("denial"));
    }

    /**
     * The asker written onto the request noun: right before it ("Poland's request", "dem deutschen
     * Antrag") or right after it, alone or after "from"/"de"/"von" ("une demande danoise", "la
     * demande de Berlin", "Anfrage Deutschlands", "запрос из Польши").
     */
    private static Mention attached(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Passage s = roles.passage();
        for (Mention m : in) {
            if (!SentenceRoles.canAct(m) || m.country() == null) continue;
            int first = roles.firstToken(m), last = roles.lastToken(m);
            // Before the noun only an adjective or a possessive is the asker's: "an die Ukraine beantragt" names where goods go.
            boolean possessive = SentenceRoles.possessive(s, m);
            if (last == cue.startToken() - 1 && s.joined(cue.startToken()) && (possessive || Character.isLowerCase(m.text().charAt(0)))) return m;
            if (first == cue.endToken() && s.joined(first)) return m;
            if (first == cue.endToken() + 1 && s.joined(first) && s.joined(cue.endToken())
                    && FROM.contains(s.tokens().get(cue.endToken()).folded())) return m;
        }
        return null;
    }

    /**
     * "Польша запросила", "l'Allemagne ... avait demandé à Berne": the nearest named actor before the
     * cue in its clause that is not where goods go ("vers l'Ukraine"); none when its clause is a
     * refusal ("la Suisse a rejeté une demande"): that actor is the one asked.
     */
    private static Mention subjectBefore(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in) {
        Mention found = null;
        for (Mention m : in) {
            int last = roles.lastToken(m);
            if (last >= cue.startToken()) break;
            // A subject is a name; a lower-case country word describes goods ("des munitions suisses").
            if (SentenceRoles.canAct(m) && m.country() != null && Character.isUpperCase(m.text().charAt(0)) && !roles.isRecipient(m)
                    && !roles.clauseBreak(last + 1, cue.startToken()) && (found == null || !SentenceRoles.verbLast(roles.passage()))) {
                // German and Dutch close the clause with the request verb: its subject opens the clause ("Die Niederlande haben ... beantragt").
                found = m;
            }
        }
        return found == null || refusedBy(roles, roles.lastToken(found) + 1) ? null : found;
    }

    /** A refusal in the clause that opens at token from: "la Suisse a rejeté une demande", "Die Schweiz hat einen Antrag ... abgelehnt". */
    private static boolean refusedBy(SentenceRoles roles, int from) {
        return Lexicon.get().all(roles.passage(), "statement").stream()
                .anyMatch(h -> h.cue().value().equals("denial") && h.startToken() >= from && !roles.clauseBreak(from, h.startToken()));
    }

    /**
     * The asked state, never where the goods go ("à la Suisse l'autorisation de réexportation vers
     * l'Ukraine"): the first other one after the cue, else the last before it, as the one that
     * turned the request down ("Berne a opposé son veto à une demande danoise").
     */
    private static String asked(SentenceRoles roles, Lexicon.Hit cue, List<Mention> in, String by) {
        int cueStart = roles.passage().tokens().get(cue.startToken()).start();
        String before = null;
        for (Mention m : in) {
            String code = SentenceRoles.countryOf(m);
            if (code == null || code.equals(by) || !SentenceRoles.canAct(m)) continue;
            if (receivesGoods(roles, m, m.start() < cueStart ? 0 : cue.endToken())) continue;
            if (m.start() < cueStart) before = code;
            else return code;
        }
        return before;
    }

    /** A state marked as receiving ("to Ukraine", "Украине") after a giving or delivery word that stands at or after token from. */
    private static boolean receivesGoods(SentenceRoles roles, Mention m, int from) {
        if (!roles.isRecipient(m)) return false;
        int k = roles.firstToken(m);
        for (Lexicon.Hit h : Lexicon.get().all(roles.passage(), "transfer", "delivery")) {
            if (h.startToken() >= from && h.startToken() < k) return true;
        }
        return false;
    }
}
