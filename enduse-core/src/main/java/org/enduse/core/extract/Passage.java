package org.enduse.core.extract;

import java.util.List;

/**
 * A paragraph (or a sentence of it) prepared for extraction: the whole document text (offsets stay
 * document-wide), the span and language, and the tokens. Lexicon matches are computed once per
 * paragraph token and shared by the sentences cut from it, since every finder asks for them.
 */
final class Passage {
    /** Every category's bit, as {@link Lexicon#bitsOf} gives them. */
    private static final long ANY_CATEGORY = Categories.ANY.bits();

    private final String text;
    private final int start;
    private final int end;
    private final String language;
    private final List<Token> tokens;
    /** Index of this passage's first token in the paragraph's tokens. */
    private final int offset;
    private final List<Token> paragraphTokens;
    /** Per paragraph token: the lexicon hits starting there, in paragraph token indices; null until asked. */
    private final Lexicon.Hit[][] cues;
    /** Per paragraph token: the categories of its hits, as {@link Lexicon#bitsOf} gives them; valid once its hits are. */
    private final long[] cueCategories;
    /**
     * Per paragraph token inside a country or place name of the catalog: the paragraph index of the token after that name;
     * else 0. A cue wholly inside such a name is no word of the sentence ("Малі", Mali, is no "мала", would).
     */
    private final int[] nameEnds;
    /** The categories of every hit starting at one of this passage's tokens; valid once {@link #categoriesKnown}. */
    private long categoriesHere;
    private boolean categoriesKnown;

    private Passage(String text, int start, int end, String language, List<Token> tokens) {
        this(text, start, end, language, tokens, 0, tokens, new Lexicon.Hit[tokens.size()][], new long[tokens.size()], new int[tokens.size()]);
    }

    private Passage(String text, int start, int end, String language, List<Token> tokens, int offset, List<Token> paragraphTokens,
                    Lexicon.Hit[][] cues, long[] cueCategories, int[] nameEnds) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.language = language;
        this.tokens = tokens;
        this.offset = offset;
        this.paragraphTokens = paragraphTokens;
        this.cues = cues;
        this.cueCategories = cueCategories;
        this.nameEnds = nameEnds;
    }

    static Passage of(String text, int start, int end, String language) {
        return new Passage(text, start, end, language, Tokenizer.tokenize(text, start, end, language));
    }

    /** The sentence [from, to) of this paragraph, sharing its lexicon matches. */
    Passage sentence(int from, int to) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < from) first++;
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= to) last++;
        return new Passage(text, from, to, language, tokens.subList(first, last), offset + first, paragraphTokens, cues, cueCategories, nameEnds);
    }

    /**
     * Hides from now on every lexicon cue lying wholly inside one of the paragraph's country or place names that the catalog
     * resolved: the mentions are read first (with every cue), the events after, and a name is no word of the sentence.
     * "хунті Малі" (Mali's junta) stems as the future word "мала" and made each giving of a report pledged.
     */
    void hideCuesInsideNames(List<Mention> paragraphMentions) {
        for (Mention m : paragraphMentions) {
            if ((m.kind() != MentionKind.COUNTRY && m.kind() != MentionKind.PLACE) || m.id() == null) continue;
            int after = SentenceRoles.firstStartingFrom(this, m.end());
            for (int k = SentenceRoles.firstEndingAfter(this, m.start()); k < after; k++) nameEnds[offset + k] = offset + after;
        }
    }

    String text() { return text; }

    /** Ukrainian or Russian: the two languages read here whose nouns decline and whose names follow in the genitive. */
    boolean ukrainianOrRussian() { return language.equals("uk") || language.equals("ru"); }

    /** True when the passage ends in a question mark (closing quotes and spaces aside): it asks, it claims nothing. */
    boolean asks() {
        for (int i = Math.min(end, text.length()) - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\u00bb' || c == '\u201d' || c == '\u201c' || c == '\'') continue;
            return c == '?';
        }
        return false;
    }
    int start() { return start; }
    int end() { return end; }
    String language() { return language; }
    List<Token> tokens() { return tokens; }

    /**
     * The longest lexicon hit of one of the categories starting at token k and ending within this
     * passage, in this passage's token indices; null when none.
     */
    Lexicon.Hit cueAt(int k, Lexicon lexicon, String... categories) {
        // Most tokens start no cue of any category: that answer needs no bits of the categories named.
        if (!mayStartCue(k, lexicon, ANY_CATEGORY)) return null;
        return cueAt(k, lexicon, lexicon.bitsOf(categories), categories, null);
    }

    /**
     * {@link #cueAt(int, Lexicon, String...)} for categories kept as {@link Categories}. Finders ask some 3,000 times
     * per document, and nine times in ten the token starts no cue of the categories: its bits say so
     * without reading its hits.
     */
    Lexicon.Hit cueAt(int k, Lexicon lexicon, Categories categories) {
        return cueAt(k, lexicon, categories.bits(), categories.names(), null);
    }

    /**
     * The hit of the categories starting at token k whose value is the one given (any value when null), or
     * null: a word listed under several values ("maakte ... vrij" gives, "maakte ... bekend" says) answers for each.
     */
    Lexicon.Hit cueAt(int k, Lexicon lexicon, Categories categories, String value) {
        return cueAt(k, lexicon, categories.bits(), categories.names(), value);
    }

    /**
     * A cue of the categories (as their bits and names) whose last token is token end-1 and that starts at most {@code back}
     * tokens before end, the nearest start first; or null. Whatever stands between it and token end is the caller's to judge.
     */
    Lexicon.Hit cueEndingAt(int end, int back, Lexicon lexicon, long bits, String[] names) {
        for (int start = end - 1; start >= Math.max(0, end - back); start--) {
            Lexicon.Hit hit = cueAt(start, lexicon, bits, names, null);
            if (hit != null && hit.endToken() == end) return hit;
        }
        return null;
    }

    /** {@link #cueAt(int, Lexicon, Categories, String)} for categories as their bits and names (see {@link Categories}). */
    Lexicon.Hit cueAt(int k, Lexicon lexicon, long bits, String[] names, String value) {
        if (!mayStartCue(k, lexicon, bits)) return null;
        int endHere = offset + tokens.size(); // once, not per hit: a sentence's tokens are a view that checks itself on each size()
        for (Lexicon.Hit hit : cues[offset + k]) { // read by mayStartCue
            if (hit.endToken() > endHere || !Categories.includes(bits, names, hit.cue().categoryBit(), hit.cue().category())) continue;
            if (value != null && !hit.cue().value().equals(value)) continue;
            if (insideName(hit)) continue;
            return offset == 0 ? hit : new Lexicon.Hit(hit.startToken() - offset, hit.endToken() - offset, hit.cue());
        }
        return null;
    }

    /** True when the hit (in paragraph token indices) lies wholly inside a name hidden by {@link #hideCuesInsideNames}. */
    private boolean insideName(Lexicon.Hit hit) {
        int nameEnd = nameEnds[hit.startToken()];
        return nameEnd > 0 && hit.endToken() <= nameEnd;
    }

    /**
     * False when no lexicon hit of the categories starts at token k: a quick test before
     * {@link #cueAt}, which may still find that the hit runs past this passage.
     */
    boolean mayStartCue(int k, Lexicon lexicon, Categories categories) {
        return mayStartCue(k, lexicon, categories.bits());
    }

    /** {@link #mayStartCue(int, Lexicon, Categories)} for the categories' bits: a later category's shared bit answers for all later ones. */
    private boolean mayStartCue(int k, Lexicon lexicon, long bits) {
        hitsAt(offset + k, lexicon);
        return (cueCategories[offset + k] & bits) != 0;
    }

    /**
     * False when no lexicon hit of the categories starts anywhere in this passage. The
     * finders search each sentence for a dozen categories, most of them absent: the answer then
     * comes from one word of bits instead of a walk over every token.
     */
    boolean mayHaveCue(Lexicon lexicon, Categories categories) {
        return mayHaveCue(lexicon, categories.bits());
    }

    /** {@link #mayHaveCue(Lexicon, Categories)} for the categories' bits. */
    boolean mayHaveCue(Lexicon lexicon, long bits) {
        if (!categoriesKnown) {
            long here = 0;
            for (int k = 0; k < tokens.size(); k++) {
                hitsAt(offset + k, lexicon);
                here |= cueCategories[offset + k];
            }
            categoriesHere = here;
            categoriesKnown = true;
        }
        return (categoriesHere & bits) != 0;
    }

    private Lexicon.Hit[] hitsAt(int index, Lexicon lexicon) {
        Lexicon.Hit[] hits = cues[index];
        if (hits == null) {
            cues[index] = hits = lexicon.hits(paragraphTokens, index, language);
            cueCategories[index] = lexicon.bitsOf(hits);
        }
        return hits;
    }

    /** True when a hyphen alone, no space, joins token k-1 to token k: "Guta-Mezhigorskaya", "Богдан-2251", "NATO-supplied". */
    boolean hyphenated(int k) {
        return k > 0 && k < tokens.size() && text.startsWith("-", tokens.get(k - 1).end()) && tokens.get(k).start() == tokens.get(k - 1).end() + 1;
    }

    /**
     * True when the mark alone, with any spaces around it, separates token k-1 from token k: the comma
     * of a list ("fünf, zehn"), a bracket around an abbreviation ("(РСЗО)").
     */
    boolean separatedBy(int k, String mark) {
        if (k <= 0 || k >= tokens.size()) return false;
        // Read in place, trimmed as strip() trims: asked of many token pairs, a substring (and its stripped copy) per gap added up.
        int from = tokens.get(k - 1).end(), to = tokens.get(k).start();
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to - from == mark.length() && text.startsWith(mark, from);
    }

    /** True when only spaces, hyphens or apostrophes separate token k-1 from token k. */
    boolean joined(int k) {
        if (k <= 0 || k >= tokens.size()) return false;
        for (int i = tokens.get(k - 1).end(); i < tokens.get(k).start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && !Tokenizer.isApostrophe(c)) return false;
        }
        return true;
    }

    String between(int fromChar, int toChar) {
        return text.substring(Math.max(fromChar, 0), Math.min(toChar, text.length()));
    }

    /**
     * As {@code between(fromChar, toChar).equals(s)}, read in place: asked of the gap after every number, where a copy each
     * time added up. A reversed range, where {@code between} would throw, answers false.
     */
    boolean textIs(int fromChar, int toChar, String s) {
        int from = Math.max(fromChar, 0), to = Math.min(toChar, text.length());
        return to - from == s.length() && text.startsWith(s, from);
    }

    String span(int startToken, int endToken) {
        return text.substring(tokens.get(startToken).start(), tokens.get(endToken - 1).end());
    }
}
