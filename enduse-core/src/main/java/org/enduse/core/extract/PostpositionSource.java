package org.enduse.core.extract;

import java.util.List;

/**
 * The source of a credit postposition, written before it: German "zufolge" ("einem Medienbericht zufolge", "Dem Spiegel
 * zufolge", "Pistorius zufolge", "Berichten zufolge"). The credit is the noun phrase as written, from its article to the
 * cue; a pronoun ("ihnen zufolge") names no source. Read as the other cues are, from the words after the cue, the goods
 * of the clause were credited ("Tschechien hat der Ukraine einem Medienbericht zufolge Kampfpanzer geliefert": "Kampfpanzer").
 */
final class PostpositionSource {
    /** Lower-case words between the article and the noun: "einem neuen Pentagon-Bericht". */
    private static final int ADJECTIVES = 2;

    private PostpositionSource() {}

    /** The noun phrase right before the cue, with its article when one opens it; null when no noun stands there. */
    static SourceCredit before(Passage s, Lexicon.Hit cue, List<Mention> in) {
        List<Token> tokens = s.tokens();
        int noun = cue.startToken() - 1;
        if (noun < 0 || !s.joined(cue.startToken()) || !tokens.get(noun).isCapitalised()) return null;
        // "Boris Pistorius zufolge": a name's first word opens the phrase.
        Mention named = in.stream().filter(m -> m.start() <= tokens.get(noun).start() && tokens.get(noun).end() <= m.end()).findFirst().orElse(null);
        int start = named != null ? Math.min(noun, SentenceRoles.firstEndingAfter(s, named.start())) : noun;
        // "Einem neuen Pentagon-Bericht zufolge": the parts of a hyphenated noun are one word.
        while (start > 0 && s.between(tokens.get(start - 1).end(), tokens.get(start).start()).equals("-")) start--;
        int k = start - 1;
        for (int lower = 0; k >= 0 && s.joined(k + 1) && !tokens.get(k).isCapitalised() && !article(tokens.get(k)) && lower < ADJECTIVES; lower++) k--;
        if (k >= 0 && s.joined(k + 1) && article(tokens.get(k))) start = k;
        int from = tokens.get(start).start();
        return new SourceCredit(s.between(from, tokens.get(noun).end()), from, tokens.get(cue.endToken() - 1).end());
    }

    private static boolean article(Token t) {
        return SentenceRoles.isArticle(t) || DocumentCredit.indefinite(t);
    }
}
