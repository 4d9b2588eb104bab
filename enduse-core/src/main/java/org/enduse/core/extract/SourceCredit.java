package org.enduse.core.extract;

import java.util.List;

/**
 * Who the report credits in one sentence, and the characters of that phrase: the mentions inside it
 * are the source, not the event's actors.
 */
record SourceCredit(String source, int start, int end) {
    /**
     * The sentence's credit ("according to the Washington Post", "Forbes signale", "citing US officials"),
     * else the source a headline names after a colon or a dash ({@link HeadlineCredit}), or null.
     */
    static SourceCredit read(Passage s, List<Mention> in, Lexicon lexicon) {
        SourceCredit cued = cued(s, in, lexicon);
        return cued != null ? cued : HeadlineCredit.read(s, in, lexicon);
    }

    private static SourceCredit cued(Passage s, List<Mention> in, Lexicon lexicon) {
        Lexicon.Hit cue = EventFinder.first(lexicon.all(s, "attribution"));
        if (cue == null) {
            // "The Spiegel report said": the outlet's document, not the outlet, is the subject that speaks.
            SourceCredit document = DocumentCredit.before(s, lexicon);
            return document != null ? document : OutletCredit.read(s, in, lexicon);
        }
        int cueStart = s.tokens().get(cue.startToken()).start(), cueEnd = s.tokens().get(cue.endToken() - 1).end();
        // "les informations selon lesquelles ...", "reports according to which ...": the cue opens a relative clause that
        // tells the claim; it names no source.
        if (cue.endToken() < s.tokens().size() && s.cueAt(cue.endToken(), lexicon, "relpronoun") != null) return null;
        if (cue.cue().value().equals("precedes")) {
            // The source is the subject right before the verb ("Forbes signale", "the Post first
            // reported"), not any organisation earlier in the sentence.
            Mention source = EventFinder.lastBefore(in, cueStart, MentionKind.ORGANIZATION, MentionKind.PERSON);
            if (source != null && cue.startToken() - (SentenceRoles.firstEndingAfter(s, source.end()) - 1) <= 3
                    && !EventFinder.hasPunctuation(s.between(source.end(), cueStart)) && !objectNoun(s, SentenceRoles.firstEndingAfter(s, source.end()), cue, lexicon)) {
                String titled = TitledName.text(s, source, in, lexicon);
                return new SourceCredit(titled != null ? titled : source.text(), source.start(), cueEnd);
            }
            int k = cue.startToken() - 1;
            boolean named = k > 0 && s.tokens().get(k).isCapitalised() && s.joined(k + 1)
                    && in.stream().noneMatch(m -> m.overlaps(s.tokens().get(k).start(), s.tokens().get(k).end()));
            return named ? new SourceCredit(s.tokens().get(k).text(), s.tokens().get(k).start(), cueEnd) : null;
        }
        // "according to a Pentagon report": the document is the source, not the body named in it.
        SourceCredit document = DocumentCredit.after(s, cue, in, lexicon);
        if (document != null) return document;
        for (Mention m : in) {
            if (m.start() >= cueEnd && m.start() <= cueEnd + 40 && !EventFinder.hasPunctuation(s.between(cueEnd, m.start()))
                    && (m.kind() == MentionKind.ORGANIZATION || m.kind() == MentionKind.PERSON)) {
                // "selon l'ambassadeur russe auprès de l'Onu Vassili Nebenzia": the body is his title's, he is the source.
                Mention titled = TitledName.titledBy(s, m, in, lexicon);
                Mention source = titled != null ? titled : m;
                return new SourceCredit(TitledName.credit(s, source, in, lexicon), cueStart, source.end());
            }
        }
        // "Ria berichtet, ...": an outlet before a verb that usually has its source after it.
        SourceCredit outlet = OutletCredit.around(s, in, cue);
        if (outlet != null) return outlet;
        // "aldus de premier", "nach Angaben des deutschen Verteidigungsministers": a role named alone is credited by the words from the cue to it.
        int roleEnd = roleAfter(s, cue.endToken(), in, lexicon);
        if (roleEnd > 0) return new SourceCredit(s.between(cueEnd, s.tokens().get(roleEnd - 1).end()).strip(), cueStart, s.tokens().get(roleEnd - 1).end());
        // "selon des sources gouvernementales", "За інформацією агентства": a source named by a common noun.
        SourceCredit unnamed = UnnamedSource.after(s, cue, in, lexicon);
        if (unnamed != null) return unnamed;
        // No known source: take the words up to the next punctuation ("citing US officials"), when
        // they open with a name; "selon les données", "meldden eerder al dat" name no source.
        if (cue.endToken() >= s.tokens().size() || !s.tokens().get(cue.endToken()).isCapitalised()) return null;
        int end = cueEnd;
        int words = 0;
        for (int k = cue.endToken(); k < s.tokens().size() && words < 6; k++, words++) {
            if (k > cue.endToken() && !s.joined(k)) break;
            if (lexicon.at(s, k, "transfer", "sighting", "statement", "speech", "inquiry") != null) break;
            end = s.tokens().get(k).end();
        }
        return end > cueEnd ? new SourceCredit(s.between(cueEnd, end).strip(), cueStart, end) : null;
    }

    /**
     * True when the words between the source and the cue make the cue a noun, the object of a stance verb or after an
     * article: "the foreign ministry denied claims that ...", "rejected the reports": the body takes a stance, it is no
     * credit.
     */
    private static boolean objectNoun(Passage s, int from, Lexicon.Hit cue, Lexicon lexicon) {
        for (int k = from; k < cue.startToken(); k++) {
            if (SentenceRoles.isArticle(s.tokens().get(k)) || s.cueAt(k, lexicon, "statement") != null) return true;
        }
        return false;
    }

    /** Words from a cue to a role: an article and a state adjective at most ("de premier", "des deutschen Verteidigungsministers"). */
    private static final int ROLE_REACH = 3;

    /**
     * The token after a role that follows the cue with only an article, a joining word or a state between ("aldus de
     * minister", "des deutschen Verteidigungsministers"), and no person named after it in the clause
     * ("по словам министра иностранных дел республики Линаса Линкявичюса" credits him, read as a
     * mention); 0 when none.
     */
    private static int roleAfter(Passage s, int from, List<Mention> in, Lexicon lexicon) {
        // Ukrainian and Russian put the body and an unlisted name after the role ("министра иностранных дел республики ..."): not read.
        if (s.ukrainianOrRussian()) return 0;
        List<Token> tokens = s.tokens();
        for (int k = from; k < Math.min(tokens.size(), from + ROLE_REACH); k++) {
            if (k > from && !s.joined(k)) return 0;
            Lexicon.Hit role = s.cueAt(k, lexicon, "role");
            if (role == null) {
                Token t = tokens.get(k);
                boolean opening = SentenceRoles.isArticle(t) || TitledName.joins(t)
                        || in.stream().anyMatch(m -> SentenceRoles.isState(m) && m.start() <= t.start() && t.end() <= m.end());
                if (!opening) return 0;
                continue;
            }
            int next = role.endToken();
            int end = tokens.get(next - 1).end();
            boolean named = in.stream().anyMatch(m -> m.kind() == MentionKind.PERSON && m.start() >= end && !EventFinder.hasPunctuation(s.between(end, m.start())));
            return named ? 0 : next;
        }
        return 0;
    }
}
