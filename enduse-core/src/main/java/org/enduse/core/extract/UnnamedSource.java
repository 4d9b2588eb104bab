package org.enduse.core.extract;

import java.util.List;

/**
 * A credit that names its source by a common noun, not a name: "selon des sources gouvernementales
 * citées par le quotidien El Pais", "За інформацією агентства", "according to senior officials". The
 * words after the cue are the credit as the text writes it, when a source noun (a person noun such as
 * "sources" or "officials", a body's head such as "ministry" or "агентство") opens them; "selon les
 * données" or "according to the figures" name no source and stay uncredited.
 */
final class UnnamedSource {
    /** Words a source noun may stand after the cue: an article and an adjective ("des", "a senior", "турецкого"). */
    private static final int NOUN_REACH = 3;
    /** The longest credit read, in words: a noun, its qualifiers and who cites it. */
    private static final int MAX_WORDS = 9;

    private UnnamedSource() {}

    /** The credit from the cue's end to the end of its clause, or null when no source noun opens it. */
    static SourceCredit after(Passage s, Lexicon.Hit cue, List<Mention> in, Lexicon lexicon) {
        List<Token> tokens = s.tokens();
        int from = cue.endToken();
        if (!opensWithSourceNoun(s, from, in, lexicon)) return null;
        int cueStart = tokens.get(cue.startToken()).start(), cueEnd = tokens.get(from - 1).end();
        int end = cueEnd;
        for (int k = from; k < tokens.size() && k < from + MAX_WORDS; k++) {
            if (k > from && !s.joined(k)) break;
            Token t = tokens.get(k);
            // "selon des sources ... début février": a date tells when, not who.
            if (Mention.inDate(in, t)) break;
            if (k > from && lexicon.at(s, k, "transfer", "sighting", "statement", "speech", "inquiry") != null) break;
            end = t.end();
        }
        return new SourceCredit(s.between(cueEnd, end).strip(), cueStart, end);
    }

    private static boolean opensWithSourceNoun(Passage s, int from, List<Mention> in, Lexicon lexicon) {
        for (int k = from; k < Math.min(s.tokens().size(), from + NOUN_REACH); k++) {
            if (k > from && !s.joined(k)) return false;
            Token t = s.tokens().get(k);
            // "йдеться у заяві на сайті відомства": a preposition names where the words stand, not who said them.
            if (SentenceRoles.isSlavicPreposition(t.folded())) return false;
            // "according to Ukrainian officials": a state may qualify the noun; any other capital opens a name, read elsewhere.
            if (t.isCapitalised() && in.stream().noneMatch(m -> SentenceRoles.isState(m) && m.start() <= t.start() && t.end() <= m.end())) return false;
            if (isSourceNoun(s, k, lexicon)) return true;
        }
        return false;
    }

    private static boolean isSourceNoun(Passage s, int k, Lexicon lexicon) {
        return personNoun(s, k, lexicon) != null || s.cueAt(k, lexicon, "bodyhead", "orgword") != null;
    }

    /** A noun of persons at token k ("officials", "sources", "джерела", "Beamte"), or null. */
    static Lexicon.Hit personNoun(Passage s, int k, Lexicon lexicon) {
        Lexicon.Hit persons = s.cueAt(k, lexicon, "item");
        return persons != null && persons.cue().value().equals("PERSONS") ? persons : null;
    }
}
