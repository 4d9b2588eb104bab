package org.enduse.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.enduse.core.catalog.ActorKind;

/**
 * What a sentence's words say about the part a mention plays: the preposition before it ("to
 * Ukraine", "an die Ukraine", "à l'Ukraine", "from Germany", "in Russia"), a dative case ("der
 * Ukraine", "Україні", "Украине", "Киеву"), the clause it stands in, and whether it can act (a
 * state, a government body or force, an official) rather than report (a newspaper).
 */
final class SentenceRoles {
    /** Short words that may stand between a preposition and its noun: articles and elided articles. */
    private static final Set<String> ARTICLES = Set.of("the", "de", "het", "den", "der", "die", "das", "dem", "l", "la", "le", "les");
    private static final Set<String> UK_PREPOSITIONS = Set.of("в", "у", "на", "по", "о", "об", "при", "з", "із", "зі", "від", "до", "для",
            "про", "над", "під", "між", "через", "за", "біля");
    private static final Set<String> RU_PREPOSITIONS = Set.of("в", "во", "на", "по", "о", "об", "при", "с", "со", "из", "от", "до", "для",
            "про", "над", "под", "между", "через", "за", "у", "около");
    /** Characters that end a clause inside a sentence. */
    private static final String CLAUSE_MARKS = ",;:()\"«»“”„—–";

    /** A Ukrainian or Russian preposition, folded ("з", "до", "около"). */
    static boolean isSlavicPreposition(String folded) {
        return UK_PREPOSITIONS.contains(folded) || RU_PREPOSITIONS.contains(folded);
    }

    private final Passage s;
    private final Lexicon lexicon;

    SentenceRoles(Passage s, Lexicon lexicon) {
        this.s = s;
        this.lexicon = lexicon;
    }

    Passage passage() {
        return s;
    }

    /** The index of the first token of the mention in the sentence: the first token ending after its start. */
    int firstToken(Mention m) {
        return firstEndingAfter(m.start());
    }

    /** The index of the last token of the mention in the sentence. */
    int lastToken(Mention m) {
        return Math.max(0, firstEndingAfter(m.end() - 1));
    }

    private int firstEndingAfter(int offset) {
        return firstEndingAfter(s, offset);
    }

    /** The index of the first token of the passage ending after the offset (tokens are in order). */
    static int firstEndingAfter(Passage s, int offset) {
        List<Token> tokens = s.tokens();
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /**
     * The index of the first token of the passage starting at or after the offset, the size when none does: the token after
     * a mention. Tokens do not overlap, so it is the first ending after the offset, or the one after it when that straddles it.
     */
    static int firstStartingFrom(Passage s, int offset) {
        int k = firstEndingAfter(s, offset);
        return k < s.tokens().size() && s.tokens().get(k).start() < offset ? k + 1 : k;
    }

    /** "Belgian Prime Minister ...", "Dutch defence minister Kajsa Ollongren": the country qualifies a person. */
    boolean describesPerson(Mention m) {
        int next = lastToken(m) + 1;
        if (next >= s.tokens().size() || !s.joined(next)) return false;
        return s.cueAt(next, lexicon, "role") != null;
    }

    /** The cue of a category right before the mention, allowing one article between ("an die Ukraine"). */
    Lexicon.Hit before(Mention m, String category) {
        String[] names = {category};
        long bits = lexicon.bitsOf(names); // once, not per token tried
        int k = firstToken(m);
        Lexicon.Hit hit = endingAt(k, bits, names);
        if (hit == null && k > 0 && isArticle(k - 1) && s.joined(k)) hit = endingAt(k - 1, bits, names);
        return hit;
    }

    /** A cue of the category whose last token is token end-1, with nothing but spaces between it and token end; or null. */
    Lexicon.Hit endingAt(int end, String category) {
        String[] names = {category};
        return endingAt(end, lexicon.bitsOf(names), names);
    }

    /** A cue of the category (as its bits and names) whose last token is token end-1, with nothing but spaces between it and token end. */
    private Lexicon.Hit endingAt(int end, long bits, String[] names) {
        if (end < s.tokens().size() && !s.joined(end)) return null;
        return s.cueEndingAt(end, 4, lexicon, bits, names);
    }

    private boolean isArticle(int k) {
        return k >= 0 && k < s.tokens().size() && isArticle(s.tokens().get(k));
    }

    /** True for an article or elided article, a word that may stand between a preposition and its noun ("an die Ukraine", "for the Netherlands"). */
    /** German and Dutch close a clause with its verb (and particle), the words it governs standing before it. */
    static boolean verbLast(Passage s) {
        return s.language().equals("de") || s.language().equals("nl");
    }

    static boolean isArticle(Token t) {
        return ARTICLES.contains(t.folded());
    }

    /** True when the mention is who receives: "to Ukraine", "aan Oekraïne", "der Ukraine", "Україні". */
    boolean isRecipient(Mention m) {
        if (before(m, "to") != null) return true;
        int k = firstToken(m);
        String previous = k > 0 && s.joined(k) ? s.tokens().get(k - 1).folded() : "";
        // "Der Iran hat ..." opens with a nominative; a dative "der" is written in lower case.
        boolean lowerArticle = k > 0 && !s.tokens().get(k - 1).isCapitalised();
        String word = lastWord(m);
        // Case endings mark the dative only on names: "Україні", "Киеву"; "українці" is a demonym. The instrumental
        // "-ою", "-ею", "-єю" ("передання Великою Британією", "фінансується Данією") ends in "-ю" too and is the agent.
        boolean name = Character.isUpperCase(m.text().charAt(0)) && !(s.ukrainianOrRussian() && endsWithAny(word, "ою", "ею", "єю"));
        if (slavicDativePlural(m)) return true;
        return switch (s.language()) {
            // "der Ukraine" without a preposition before it is the dative object.
            case "de" -> previous.equals("der") && lowerArticle && (k < 2 || lexicon.at(s, k - 2, "to", "loc", "from") == null)
                    || germanDirection(m);
            case "uk" -> name && UK_PREPOSITIONS.contains(previous)
                    ? (previous.equals("в") || previous.equals("у") || previous.equals("до")) && endsWithAny(word, "у", "ю")
                    : name && endsWithAny(word, "і", "ові", "еві", "у", "ю");
            case "ru" -> name && RU_PREPOSITIONS.contains(previous)
                    ? (previous.equals("в") || previous.equals("во")) && endsWithAny(word, "у", "ю")
                    : name && endsWithAny(word, "е", "у", "ю");
            // "have sent Ukraine various weapons": the indirect object right after a verb of giving; not a country word on the
            // goods ("will supply Russian-made BMP-1", "deliver US-made Patriots" had made Russia and the United States receive).
            case "en" -> k > 0 && s.joined(k) && s.cueAt(k - 1, lexicon, "transfer") != null && s.cueAt(k - 1, lexicon, "transfer").endToken() == k
                    && !englishWordOnGoods(m);
            default -> false;
        };
    }

    /**
     * The character where an opening subordinate clause ends ("Since Russia invaded Ukraine, ...",
     * "Nachdem Russland angegriffen hatte, ..."): its first clause mark; -1 when the sentence opens
     * with its main clause.
     */
    int openingClauseEnd() {
        if (s.tokens().isEmpty() || s.cueAt(0, lexicon, "subordinator") == null) return -1;
        for (int k = 1; k < s.tokens().size(); k++) {
            if (clauseBreak(k, k)) return s.tokens().get(k - 1).end();
        }
        return -1;
    }

    /** True when the mention follows a "from"/"by" preposition: "from Germany", "aus Deutschland", "із США". */
    boolean isSource(Mention m) {
        return before(m, "from") != null;
    }

    /** True when the mention is in the Slavic instrumental, the case of a passive's agent: "американской администрацией". */
    boolean isInstrumental(Mention m) {
        if (!s.ukrainianOrRussian()) return false;
        int k = firstToken(m);
        String previous = k > 0 && s.joined(k) ? s.tokens().get(k - 1).folded() : "";
        if (isSlavicPreposition(previous)) return false;
        String word = s.tokens().get(k).folded();
        return endsWithAny(word, "ой", "ою", "ом", "ами", "ями", "ими", "ыми", "ым", "им") && !slavicDativePlural(m);
    }

    /**
     * "Збройним силам України", "Вооруженным силам Украины": an adjective in "-им"/"-ым" before a noun in
     * "-ам"/"-ям" is a dative plural (the instrumental noun would end in "-ами"), so who receives.
     */
    private boolean slavicDativePlural(Mention m) {
        if (!s.ukrainianOrRussian()) return false;
        // The first two words only, without splitting the whole name: isRecipient asks this of every mention, many times a sentence.
        String text = m.text();
        int space = text.indexOf(' ');
        if (space < 0) return false;
        int next = text.indexOf(' ', space + 1);
        String adjective = text.substring(0, space).toLowerCase(Locale.ROOT);
        String noun = text.substring(space + 1, next < 0 ? text.length() : next).toLowerCase(Locale.ROOT);
        return endsWithAny(adjective, "им", "ым") && endsWithAny(noun, "ам", "ям");
    }

    /** True when the mention follows a place preposition: "in Germany", "в Україні"; not "in die Ukraine", a direction. */
    boolean isLocation(Mention m) {
        return before(m, "loc") != null && before(m, "to") == null && !germanDirection(m);
    }

    /**
     * "in die Ukraine", "в Україну", "в Украину": a place preposition with the case of where to, so the name is a
     * destination; "in der Ukraine", "в Україні", "в Мексике" and every other language's "in"/"en" say where.
     */
    boolean isDirection(Mention m) {
        if (germanDirection(m)) return true;
        if (!s.ukrainianOrRussian() || !Character.isUpperCase(m.text().charAt(0))) return false;
        int k = firstToken(m);
        String previous = k > 0 && s.joined(k) ? s.tokens().get(k - 1).folded() : "";
        return (previous.equals("в") || previous.equals("у") || previous.equals("во")) && endsWithAny(lastWord(m), "у", "ю");
    }

    /**
     * "Waffen in die Ukraine liefern", "in die USA": German "in" with the accusative is where to, as Slavic "в Україну" is;
     * "in der Ukraine" (the dative) is where. So the name receives and is no place. Only "die" is always the accusative
     * after "in": "den" is also the dative plural ("in den USA gebaut").
     */
    private boolean germanDirection(Mention m) {
        if (!s.language().equals("de")) return false;
        int k = firstToken(m);
        return k >= 2 && s.joined(k) && s.joined(k - 1) && s.tokens().get(k - 1).folded().equals("die")
                && s.tokens().get(k - 2).folded().equals("in");
    }

    /**
     * True when the state is whom the arms are used against, so neither who gives nor who receives:
     * "in de oorlog tegen Rusland", "the Russian invasion", "російських окупантів", and, where the
     * adjective follows its noun, "l'invasion russe".
     */
    boolean isOpponent(Mention m) {
        Lexicon.Hit against = before(m, "suchas");
        if (against != null && (against.cue().value().equals("against")
                || against.cue().value().equals("aggression") && Character.isLowerCase(m.text().charAt(0)))) {
            return true;
        }
        int next = lastToken(m) + 1;
        Lexicon.Hit noun = next < s.tokens().size() && s.joined(next) ? s.cueAt(next, lexicon, "suchas") : null;
        return noun != null && noun.startToken() == next && noun.cue().value().equals("aggression");
    }

    private String lastWord(Mention m) {
        String text = m.text().toLowerCase(Locale.ROOT);
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    /**
     * An English country word glued by a hyphen to the next word describes the goods ("Russian-made", "US-supplied"); it
     * names no receiver. Adjectives written apart ("American tanks") are not told from names here: the words' spelling
     * cannot tell "American" from "Tehran" (review 58f), and the mention does not keep which catalog form it matched.
     */
    private boolean englishWordOnGoods(Mention m) {
        return s.hyphenated(lastToken(m) + 1);
    }

    /**
     * An English receiver read only from its place right after the verb ("have sent Ukraine various weapons"), with no
     * "to" before it. That place also holds a country adjective on the goods ("will send American tanks"), which the
     * mention cannot tell from a name (see {@link #englishWordOnGoods}).
     */
    boolean bareIndirectObject(Mention m) {
        return s.language().equals("en") && before(m, "to") == null && isRecipient(m);
    }

    static boolean endsWithAny(String word, String... endings) {
        for (String e : endings) if (word.endsWith(e)) return true;
        return false;
    }

    /** True when a clause mark stands between token a-1 and token b (exclusive), i.e. they are in different clauses. */
    boolean clauseBreak(int from, int to) {
        List<Token> tokens = s.tokens();
        for (int k = Math.max(from, 1); k <= to && k < tokens.size(); k++) {
            // Read in place: asked for many token pairs per cue, a substring per gap added up.
            for (int i = tokens.get(k - 1).end(); i < tokens.get(k).start(); i++) if (CLAUSE_MARKS.indexOf(s.text().charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** A cue of the category within {@code back} tokens before token k, or {@code ahead} after it, in k's clause. */
    boolean near(int k, int back, int ahead, String categoryName) {
        String[] names = {categoryName};
        long bits = lexicon.bitsOf(names); // once, not per token tried
        if (cueBefore(k, back, bits, names, ANY_CUE) != null) return true;
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + 1 + ahead); j++) {
            if (clauseBreak(k + 1, j)) break;
            if (s.cueAt(j, lexicon, bits, names, null) != null) return true;
        }
        return false;
    }

    /**
     * The nearest cue of the category within {@code back} tokens before token k, ending by k and in k's clause, that
     * {@code accept} takes (by its value, say: "not" of the negations), or null. At each token the longest cue of the
     * category is the one judged; a cue it rejects does not end the search.
     */
    Lexicon.Hit cueBefore(int k, int back, String categoryName, Predicate<Lexicon.Hit> accept) {
        String[] names = {categoryName};
        return cueBefore(k, back, lexicon.bitsOf(names), names, accept);
    }

    /** {@link #cueBefore(int, int, String, Predicate)} for categories kept as {@link Categories}. */
    Lexicon.Hit cueBefore(int k, int back, Categories categories, Predicate<Lexicon.Hit> accept) {
        return cueBefore(k, back, categories.bits(), categories.names(), accept);
    }

    private static final Predicate<Lexicon.Hit> ANY_CUE = hit -> true;

    private Lexicon.Hit cueBefore(int k, int back, long bits, String[] names, Predicate<Lexicon.Hit> accept) {
        for (int j = k - 1; j >= Math.max(0, k - back); j--) {
            if (clauseBreak(j + 1, k)) break;
            Lexicon.Hit hit = s.cueAt(j, lexicon, bits, names, null);
            if (hit != null && hit.endToken() <= k && accept.test(hit)) return hit;
        }
        return null;
    }

    /**
     * Who can act in an event: a state (or its capital: "Berlin a autorisé"), an official, a
     * government body, a force; not a newspaper or an institute.
     */
    static boolean canAct(Mention m) {
        if (m.kind() == MentionKind.COUNTRY || isState(m)) return true;
        if (m.country() == null) return false;
        if (m.kind() == MentionKind.PERSON) return true;
        return m.kind() == MentionKind.ORGANIZATION && m.actorKind() != ActorKind.MEDIA_OUTLET
                && m.actorKind() != ActorKind.RESEARCH_ORGANIZATION && m.actorKind() != ActorKind.COMPANY;
    }

    /** A ministry or other government body whose state is known: it speaks and acts for that state. */
    static boolean isGovernmentBody(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.country() != null && m.actorKind() == ActorKind.GOVERNMENT_BODY;
    }

    /** A country, or a capital standing for its state ("aid for Kyiv"). */
    static boolean isState(Mention m) {
        return m.country() != null && (m.kind() == MentionKind.COUNTRY
                || (m.kind() == MentionKind.PLACE && m.id() != null && m.id().startsWith("capital-")));
    }

    /** "the UK's latest donation": a possessive attaches the state to the noun; it is no subject. */
    static boolean possessive(Passage s, Mention m) {
        return m.end() < s.text().length() && Tokenizer.isApostrophe(s.text().charAt(m.end()));
    }

    static String countryOf(Mention m) {
        return m == null ? null : m.kind() == MentionKind.COUNTRY ? m.code() : m.country();
    }

    /**
     * True when only a comma, a hyphen or a coordinator, with articles and a repeated preposition,
     * stands between two mentions: "Germany and the Netherlands", "German-Dutch", "de la Norvège,
     * du Portugal et de la Pologne". "ministries of the Netherlands" is not a list. A mention inside the other
     * ("Leopard" in "15 Leopard") is part of it, not a list item beside it.
     */
    boolean coordinated(Mention left, Mention right) {
        if (right.start() < left.end() || hasLongWord(left.end(), right.start())) return false;
        String gap = s.between(left.end(), right.start()).toLowerCase(Locale.ROOT).replace('’', '\'');
        String bare = gap.strip();
        if (bare.equals("-") || bare.equals("/") || bare.equals("&")) return true;
        boolean joins = bare.startsWith(",");
        for (String word : bare.replace(",", " ").replace("'", "' ").split("\\s+")) {
            if (word.isEmpty()) continue;
            // Dutch "of" is "or"; English "of" joins no list.
            if (COORDINATORS.contains(word) || (word.equals("of") && s.language().equals("nl"))) {
                joins = true;
            } else if (!FILLERS.contains(word)) {
                return false;
            }
        }
        return joins;
    }

    /**
     * True when text[from, to) has more letters (or other marks) in a row than any coordinator or
     * filler: a word that joins no list, so {@link #coordinated} is false without its copies and split
     * (asked of every two neighbouring states, most gaps are half a sentence). Whitespace, commas and
     * apostrophes, which that reading splits or strips at, end a run.
     */
    private boolean hasLongWord(int from, int to) {
        int run = 0;
        for (int i = Math.max(from, 0); i < Math.min(to, s.text().length()); i++) {
            char c = s.text().charAt(i);
            run = Character.isWhitespace(c) || c == ',' || c == '\'' || c == '’' ? 0 : run + 1;
            if (run > LONGEST_LIST_WORD) return true;
        }
        return false;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "or", "en", "et", "ou", "und", "oder", "sowie", "i", "й", "та", "і",
            "и", "або", "или", "as", "well", "ainsi", "que", "а", "також", "также");
    /** Articles and prepositions a list repeats before each of its members. */
    private static final Set<String> FILLERS = Set.of("the", "de", "du", "des", "la", "le", "les", "l'", "het", "der", "die", "den", "dem",
            "from", "to", "by", "van", "uit", "aan", "door", "von", "aus", "an", "à", "au", "aux", "par", "від", "з", "із", "до", "от", "из");
    /** The longest coordinator or filler (declared after both, as static fields are set in order). */
    private static final int LONGEST_LIST_WORD = java.util.stream.Stream.concat(COORDINATORS.stream(), FILLERS.stream())
            .mapToInt(String::length).max().orElse(0);
}
