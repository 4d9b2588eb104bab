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
        if (!s.between(last.end(), s.end()).strip().replace(".", "").isEmpty()) return unlisted(s, lexicon);
        if (!isSource(last)) return null;
        String titled = TitledName.text(s, last, in, lexicon);
        String credit = titled != null ? titled : last.text();
        int start = last.end() - credit.length();
        int first = SentenceRoles.firstEndingAfter(s, start);
        if (first <= 1) return null;
        String gap = s.between(s.tokens().get(first - 1).end(), start);
        return separates(gap) ? new SourceCredit(credit, start, last.end()) : null;
    }

    /**
     * "..., ще 60 поліпшених на підході, - Моравецький", "... – ЗМІ", "... - Prime Minister": after a
     * spaced dash that closes the headline, a name the dictionary does not know (one capitalised word) or
     * a role (up to three words), credited as written; null when the words there are anything else.
     */
    private static SourceCredit unlisted(Passage s, Lexicon lexicon) {
        List<Token> tokens = s.tokens();
        int last = tokens.size() - 1, from = last;
        while (from > 0 && s.joined(from) && last - from + 1 < UNLISTED_WORDS) from--;
        // The credit is the whole tail after the dash: the words before it end the headline.
        if (from == 0 || s.joined(from) || !separates(s.between(tokens.get(from - 1).end(), tokens.get(from).start()))) return null;
        boolean role = false, names = true;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isNumeric() || lexicon.at(s, k, "transfer", "sighting", "statement", "speech", "inquiry") != null) return null;
            role |= s.cueAt(k, lexicon, "role") != null;
            names &= t.isCapitalised();
        }
        // Several capitalised words without a role are an English headline's own words ("... - New Footage"), not a name.
        if (!role && !(names && from == last)) return null;
        int start = tokens.get(from).start(), end = tokens.get(tokens.size() - 1).end();
        return new SourceCredit(s.between(start, end), start, end);
    }

    /** Words a name or a role closing a headline may span: "Defense Minister Francken". */
    private static final int UNLISTED_WORDS = 3;

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
