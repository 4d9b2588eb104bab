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
        if (cue.cue().value().equals("precedes")) {
            // The source is the subject right before the verb ("Forbes signale", "the Post first
            // reported"), not any organisation earlier in the sentence.
            Mention source = EventFinder.lastBefore(in, cueStart, MentionKind.ORGANIZATION, MentionKind.PERSON);
            if (source != null && cue.startToken() - (SentenceRoles.firstEndingAfter(s, source.end()) - 1) <= 3
                    && !EventFinder.hasPunctuation(s.between(source.end(), cueStart))) {
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
}
