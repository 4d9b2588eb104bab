package org.enduse.core.extract;

import java.util.List;
import org.enduse.core.catalog.ActorKind;

/**
 * A headline names its source without a verb of saying: after a colon or a dash that closes it
 * ("Germany has delivered Leopard tanks to Ukraine: Scholz", "..., ще 60 поліпшених на підході, -
 * Моравецький", "... — Міноборони"), or before a colon that opens it ("Franken: België wil ...",
 * "Le Figaro: Russia summons ..."). The source is credited as written, with its title when it has
 * one. A company or a state there is what the line is about ("made by one firm: Rheinmetall"), not
 * who said it, so only a person, an outlet or a public body is read.
 */
final class HeadlineCredit {
    private HeadlineCredit() {}

    /** The source the sentence names at its close or its opening, or null. */
    static SourceCredit read(Passage s, List<Mention> in, Lexicon lexicon) {
        if (in.isEmpty() || s.tokens().size() < 4) return null;
        SourceCredit closing = closing(s, in, lexicon);
        return closing != null ? closing : opening(s, in.get(0));
    }

    /** "...: Scholz", "..., - Моравецький": the last mention ends the sentence and only a colon or a spaced dash stands before its credit. */
    private static SourceCredit closing(Passage s, List<Mention> in, Lexicon lexicon) {
        Mention last = in.get(in.size() - 1);
        if (!isSource(last) || !s.between(last.end(), s.end()).strip().replace(".", "").isEmpty()) return null;
        String titled = TitledName.text(s, last, in, lexicon);
        String credit = titled != null ? titled : last.text();
        int start = last.end() - credit.length();
        int first = SentenceRoles.firstEndingAfter(s, start);
        if (first <= 1) return null;
        String gap = s.between(s.tokens().get(first - 1).end(), start);
        return separates(gap) ? new SourceCredit(credit, start, last.end()) : null;
    }

    /** "Franken: België wil ...": the sentence opens with the source and a colon. */
    private static SourceCredit opening(Passage s, Mention first) {
        if (!isSource(first) || first.start() != s.tokens().get(0).start()) return null;
        int next = SentenceRoles.firstEndingAfter(s, first.end());
        if (next >= s.tokens().size()) return null;
        return s.between(first.end(), s.tokens().get(next).start()).strip().equals(":") ? new SourceCredit(first.text(), first.start(), first.end()) : null;
    }

    /** A colon, or a dash with a space on each side (a hyphen inside a word, "T-72", parts nothing), and maybe a comma. */
    private static boolean separates(String gap) {
        String mark = gap.replace(",", "").strip();
        if (mark.equals(":")) return true;
        if (!(mark.equals("-") || mark.equals("–") || mark.equals("—"))) return false;
        int at = gap.indexOf(mark);
        return at > 0 && Character.isWhitespace(gap.charAt(at - 1)) && Character.isWhitespace(gap.charAt(gap.length() - 1));
    }

    private static boolean isSource(Mention m) {
        if (m.kind() == MentionKind.PERSON) return true;
        return m.kind() == MentionKind.ORGANIZATION && (m.actorKind() == ActorKind.MEDIA_OUTLET || m.actorKind() == ActorKind.GOVERNMENT_BODY
                || m.actorKind() == ActorKind.INTERNATIONAL_BODY || m.actorKind() == ActorKind.ARMED_FORCE);
    }
}
