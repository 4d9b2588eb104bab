package org.enduse.core.extract;

import java.util.List;
import java.util.Set;

/**
 * A document the report credits, named by its words as written: after a cue that puts its source
 * after it ("according to a Pentagon report", "volgens de verklaring", "selon un rapport de
 * l'inspecteur général du Pentagone") or as the subject of a verb of saying ("the statement said",
 * "The Spiegel report said"). Its nouns are the lexicon's words for a claim (report, statement,
 * verklaring, Bericht, заява...). Without this the body named inside the phrase ("Pentagon") or
 * nothing was credited, where the labellers of three batches credit the document.
 */
final class DocumentCredit {
    /** Words between the cue and the document's noun: an article and a few modifiers ("a new Pentagon Inspector General report"). */
    private static final int REACH = 6;
    /** Words of a tail naming whose document it is ("from the Defense Department's inspector general"). */
    private static final int TAIL = 7;
    /** Lower-case words a document's phrase may hold before its noun ("a new ... report", "A recent report"). */
    private static final int LOWER = 2;

    /** Indefinite articles: "a report" names a document only with its owner ("a Pentagon report"). */
    static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une", "een", "ein", "eine", "einem", "einer", "einen");

    private DocumentCredit() {}

    /** The document named right after the cue, with the tail that says whose it is, or null. */
    static SourceCredit after(Passage s, Lexicon.Hit cue, List<Mention> in, Lexicon lexicon) {
        List<Token> tokens = s.tokens();
        int from = cue.endToken(), lower = 0;
        for (int k = from; k < Math.min(tokens.size(), from + REACH); k++) {
            if (k > from && !s.joined(k)) return null;
            Lexicon.Hit noun = document(s, k, lexicon);
            if (noun != null) {
                int end = tail(s, noun.endToken(), lexicon);
                if (!definite(s, from, end)) return null;
                int cueStart = tokens.get(cue.startToken()).start();
                return new SourceCredit(s.between(tokens.get(from).start(), tokens.get(end - 1).end()), cueStart, tokens.get(end - 1).end());
            }
            if (!tokens.get(k).isCapitalised() && !SentenceRoles.isArticle(tokens.get(k)) && ++lower > LOWER) return null;
            if (tokens.get(k).isNumeric() || s.cueAt(k, lexicon, "speech", "attribution") != null) return null;
        }
        return null;
    }

    /** The document that is the subject of a verb of saying, opening its clause ("The Spiegel report said"), or null. */
    static SourceCredit before(Passage s, Lexicon lexicon) {
        // Asked of every sentence without a credit cue: most name no document, told at a glance.
        if (!s.mayHaveCue(lexicon, lexicon.bitsOf("stanceword"))) return null;
        List<Token> tokens = s.tokens();
        for (Lexicon.Hit said : lexicon.all(s, "speech")) {
            int verb = said.startToken();
            Lexicon.Hit noun = verb > 0 && s.joined(verb) ? endingAt(s, verb, lexicon) : null;
            if (noun == null) continue;
            int start = noun.startToken();
            // Back over the modifiers to the article that opens the phrase: "the statement", "The Spiegel report".
            while (start > 0 && s.joined(start) && tokens.get(start - 1).isCapitalised() && !SentenceRoles.isArticle(tokens.get(start - 1))) start--;
            if (start == 0 || !SentenceRoles.isArticle(tokens.get(start - 1)) || start - 1 > 0 && s.joined(start - 1)) continue;
            start--;
            return new SourceCredit(s.span(start, noun.endToken()), tokens.get(start).start(), tokens.get(said.endToken() - 1).end());
        }
        return null;
    }

    /**
     * True when the words from..end-1 name one document: opened by an article, and when it is an
     * indefinite one, with whose document it is among them ("a Pentagon report"); "a statement in state
     * media", "une déclaration", "information at our disposal" name none.
     */
    private static boolean definite(Passage s, int from, int end) {
        Token first = s.tokens().get(from);
        if (SentenceRoles.isArticle(first)) return true;
        if (!INDEFINITE.contains(first.folded())) return false;
        for (int k = from + 1; k < end; k++) if (s.tokens().get(k).isCapitalised()) return true;
        return false;
    }

    private static Lexicon.Hit endingAt(Passage s, int end, Lexicon lexicon) {
        for (int k = Math.max(0, end - 2); k < end; k++) {
            Lexicon.Hit noun = document(s, k, lexicon);
            if (noun != null && noun.endToken() == end) return noun;
        }
        return null;
    }

    private static Lexicon.Hit document(Passage s, int k, Lexicon lexicon) {
        Lexicon.Hit word = s.cueAt(k, lexicon, "stanceword");
        return word != null && word.cue().value().equals("claim") ? word : null;
    }

    /**
     * The token after the document's tail: a joining word ("from", "de", "van", "des") and the words
     * up to the next punctuation that name whose document it is; the noun's end when none, or when the
     * words run on into the sentence (a verb of saying, more than a few words).
     */
    private static int tail(Passage s, int after, Lexicon lexicon) {
        List<Token> tokens = s.tokens();
        if (after >= tokens.size() || !s.joined(after) || !TitledName.joins(tokens.get(after))) return after;
        int k = after + 1;
        while (k < tokens.size() && s.joined(k) && k - after < TAIL) {
            if (s.cueAt(k, lexicon, "speech", "attribution", "transfer", "sighting") != null || tokens.get(k).isNumeric()) return after;
            k++;
        }
        boolean closed = k >= tokens.size() || !s.joined(k);
        return closed && k > after + 1 ? k : after;
    }
}
