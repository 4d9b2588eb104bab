package org.enduse.core.extract;

import java.util.List;
import org.enduse.core.catalog.ActorKind;

/**
 * A news outlet that says or writes what its sentence tells is the sentence's source, as "according
 * to" would make it: "Forbes schreef dat ...", "..., schreef The Washington Post", "Ria berichtet,
 * ...". Speakers never reads an outlet (it speaks for no state), so without this the credit was lost.
 */
final class OutletCredit {
    /** Words allowed between the outlet and its verb: an auxiliary ("Bild hat berichtet"). */
    private static final int GAP = 1;
    /** Characters allowed between an inverted verb and the outlet: an article and a noun ("schreef de krant De Telegraaf"). */
    private static final int AFTER_VERB = 30;

    private OutletCredit() {}

    /** The outlet credited by a verb of saying or reporting in the sentence, or null. */
    static SourceCredit read(Passage s, List<Mention> in, Lexicon lexicon) {
        for (Lexicon.Hit said : lexicon.all(s, "speech")) {
            SourceCredit credit = around(s, in, said);
            if (credit != null) return credit;
        }
        return null;
    }

    /**
     * The outlet right before the verb ("Ria berichtet"), or first after it when the verb opens a
     * clause (", schreef The Washington Post"). Only spaces may part them: in "(ANP/DPA) - Rusland
     * noemt" the outlet is a dateline's, and in "a déclaré Emmanuel Macron à Ouest-France" the
     * speaker comes first and the outlet only heard him.
     */
    static SourceCredit around(Passage s, List<Mention> in, Lexicon.Hit said) {
        if (said.cue().value().equals("naming")) return null;
        List<Token> tokens = s.tokens();
        int verbStart = tokens.get(said.startToken()).start(), verbEnd = tokens.get(said.endToken() - 1).end();
        boolean opensClause = said.startToken() == 0 || !s.joined(said.startToken());
        Mention before = null, after = null;
        for (Mention m : in) {
            if (m.end() <= verbStart) before = m;
            else if (after == null && m.start() >= verbEnd) after = m;
        }
        if (isOutlet(before)) {
            int afterOutlet = SentenceRoles.firstEndingAfter(s, before.end());
            if (said.startToken() - afterOutlet <= GAP && quoteClosedAt(s, before.end(), afterOutlet)
                    && joinedBetween(s, afterOutlet + 1, said.startToken())) {
                return new SourceCredit(before.text(), before.start(), verbEnd);
            }
        }
        if (opensClause && isOutlet(after) && after.start() - verbEnd <= AFTER_VERB
                && joinedBetween(s, said.endToken(), SentenceRoles.firstEndingAfter(s, after.start()))
                && !toldBy(s, in, after)) {
            return new SourceCredit(after.text(), verbStart, after.end());
        }
        return null;
    }

    /**
     * True when a person, titled or not, follows the outlet with only spaces between: "рассказал
     * aif.ru военный эксперт Борис Джерелиевский", "заявил РИА Новости советник ... Ян Гагин". The
     * outlet is then whom he spoke to (a Slavic dative, French "à l'AFP"), and he is the speaker.
     */
    private static boolean toldBy(Passage s, List<Mention> in, Mention outlet) {
        Mention next = Lists.first(in, m -> m.start() >= outlet.end() && m.kind() == MentionKind.PERSON);
        if (next == null) return false;
        String titled = TitledName.text(s, next, in, Lexicon.get());
        int from = titled == null ? next.start() : next.end() - titled.length();
        return from >= outlet.end() && s.between(outlet.end(), from).isBlank();
    }

    /**
     * True when the credit is a news outlet reporting what a speaker named before it said: "..., заявил
     * Владимир Зеленский, сообщает РИА Новости", "Shoigu said on Tuesday that ..., Interfax reported",
     * "zei woordvoerster Maria Zakharova maandag volgens staatspersbureau TASS". The speaker's words are
     * the event's, and the labellers credit him, not the outlet that carried them (docs/devset.md,
     * round 53). An outlet named before the speaker ("According to Reuters, Kahl said") or one that
     * cites him ("Bloomberg, citing ..., reported") is not read so.
     */
    static boolean reportsSpeaker(SourceCredit credit, List<Mention> in, Mention speaker) {
        if (credit == null || speaker == null || SentenceRoles.isState(speaker) || speaker.end() > credit.start()) return false;
        return Lists.any(in, m -> isOutlet(m) && m.inside(credit.start(), credit.end()));
    }

    private static boolean isOutlet(Mention m) {
        return m != null && m.kind() == MentionKind.ORGANIZATION && m.actorKind() == ActorKind.MEDIA_OUTLET;
    }

    /**
     * True when the outlet ending at {@code end} is joined to the next token (at {@code next}), or only its closing
     * quote and spaces part them: "„Wall Street Journal“ berichtet", "“Інтерфакс-Україна” пише, що".
     */
    private static boolean quoteClosedAt(Passage s, int end, int next) {
        if (s.joined(next)) return true;
        if (next >= s.tokens().size()) return false;
        String gap = s.between(end, s.tokens().get(next).start()).strip();
        return gap.length() == 1 && NameEnds.CLOSING.indexOf(gap.charAt(0)) >= 0;
    }

    /** True when only spaces part the tokens from {@code from - 1} to {@code to}. */
    private static boolean joinedBetween(Passage s, int from, int to) {
        for (int k = Math.max(from, 1); k <= to && k < s.tokens().size(); k++) if (!s.joined(k)) return false;
        return true;
    }
}
