package org.enduse.core.extract;

import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * A speaker named by its role or as a body, without a person's name, credited by its words as written
 * (docs/devset.md, labelling rules: "a role that speaks without a name is credited by its words"):
 * the whole clause before a verb of saying, stance or announcing ("..., the German chancellor said",
 * "Die Bundesregierung hatte angekündigt", "Le ministre français des Armées a annoncé", "heeft de
 * Duitse regering bevestigd"), or the whole clause after it ("a déclaré mercredi la ministre de la
 * Défense, Margarita Robles", "- повідомив посол Німеччини", "заявили в четверг министерства обороны
 * стран"). Asked only when the sentence credits nobody else: a named person is {@link Speakers}', a
 * cue's source {@link SourceCredit}'s. The clause must be that phrase and nothing more, so an object
 * ("asked the minister whether ...") or what was said is never read as the speaker.
 */
final class UnnamedSpeaker {
    /** Words a speaker's phrase may span: "the Defense Department's internal watchdog", "министерства обороны стран". */
    private static final int PHRASE = 7;
    /** Lower-case words other than articles, joiners and the head: "incoming", "обороны стран". */
    private static final int LOWER = 2;
    /** Dates and their prepositions between a verb and the speaker after it: "a déclaré mercredi", "заявили в четверг". */
    private static final int DATE_WORDS = 3;
    /** Possessives that open a body's phrase: "their government", "its ministry". */
    private static final Set<String> POSSESSIVES = Set.of("their", "its", "hun", "zijn", "ihre", "seine", "son", "sa", "leur");

    /** Indefinite articles that open a speaker's phrase ("un responsable occidental", "an official"); English "a" apart, French "a" being "has". */
    private static final Set<String> INDEFINITE = Set.of("an", "un", "une", "een");

    /** Adverbs that may stand between a speaker and its verb: "Germany's defence ministry later confirmed". */
    private static final Set<String> ADVERBS = Set.of("also", "later", "earlier", "previously", "again", "then", "already", "now", "ook", "eerder",
            "al", "nu", "auch", "bereits", "zuvor", "nun", "aussi", "également", "déjà", "також", "раніше", "вже", "также", "ранее", "уже");

    /** English "do" that carries a negation ("did not say"), which the lexicon's auxiliaries do not list. */
    private static final Set<String> DO_SUPPORT = Set.of("do", "does", "did");

    private static final Lexicon LEXICON = Lexicon.get();
    private static final Categories VERBS = LEXICON.categories("speech", "statement", "transfer", "attribution");
    /**
     * A role, a body's head word, one official unnamed ("un responsable occidental", "посадовець"), or a medium's
     * noun ("the German magazine reported"; of the company nouns only the medium's, see {@link #head}).
     */
    private static final Categories HEADS = LEXICON.categories("role", "bodyhead", "unnamed", "companynoun");
    /** Heads and nouns of persons ("U.S. officials said"), for the glance at a sentence. */
    private static final Categories HEADS_OR_PERSONS = LEXICON.categories("role", "bodyhead", "unnamed", "companynoun", "item");
    /** The lexicon value of a medium's noun among the company nouns ("magazine", "weekblad", "quotidien"). */
    private static final String MEDIUM = "medium";
    /** Conjunctions that may open a Slavic impersonal clause before its body: "і в Міноборони заявили". */
    private static final Set<String> SLAVIC_CONJUNCTIONS = Set.of("і", "й", "та", "а", "и");
    /** Prepositions of place before the body that speaks in an impersonal Slavic clause. */
    private static final Set<String> SLAVIC_IN = Set.of("в", "у", "во");
    private static final Categories CLAUSE_CUES = LEXICON.categories("speech", "statement", "transfer", "sighting", "inquiry", "attribution", "complementizer");

    private UnnamedSpeaker() {}

    /** The words of the role or body that speaks in the sentence, or null when none stands alone as a verb's subject. */
    static String credit(SentenceRoles roles, List<Mention> in) {
        Passage s = roles.passage();
        // Asked of every sentence without a credit: most name no role and no body word, told at a glance.
        if (!s.mayHaveCue(LEXICON, HEADS_OR_PERSONS) && in.stream().noneMatch(UnnamedSpeaker::isBody)) return null;
        // "Did the ministry say that ...?": a question credits no one with the claim it asks about (review 60d).
        if (s.asks()) return null;
        for (Lexicon.Hit verb : LEXICON.all(s, VERBS)) {
            if (!saying(verb)) continue;
            String before = before(roles, verb, in);
            if (before != null) return before;
            String after = after(roles, verb, in);
            if (after != null) return after;
        }
        return null;
    }

    /** A verb of saying, a stance verb in the active, a verb of reporting after its source ("reported"), or an announcement of a giving. */
    private static boolean saying(Lexicon.Hit verb) {
        return switch (verb.cue().category()) {
            case "speech" -> !verb.cue().value().equals("naming");
            case "statement" -> !verb.cue().value().equals("passive");
            case "attribution" -> verb.cue().value().equals("precedes");
            default -> CuesThatGiveNothing.announces(verb);
        };
    }

    /** The phrase that is the whole clause before the verb, an auxiliary or one adverb aside; null when none. */
    private static String before(SentenceRoles roles, Lexicon.Hit verb, List<Mention> in) {
        Passage s = roles.passage();
        int end = verb.startToken();
        // "the Defense Ministry has claimed", "Germany's defence ministry later confirmed": the perfect's auxiliary
        // ("has claimed", "hatte angekündigt", "a annoncé") or an adverb between the speaker and its verb, and any
        // negation ("не уточнило", "n'a pas précisé"), which is the verb's and not the speaker's words.
        boolean negated = false;
        for (int skipped = 0; skipped < 2 && end > 0 && s.joined(end); end--) {
            if (negation(s, end - 1)) negated = true;
            else if (Auxiliaries.perfectAt(s, end - 1) || adverb(s, end - 1, in) || negated && negationAuxiliary(s, end - 1)) skipped++;
            else break;
        }
        // "Минобороны не подтвердило, что ...", "The Pentagon has not confirmed that ...": a claim the body did not
        // make or confirm is not its word (an outlet that carried it may be); "не уточнило, когда ..." still is.
        if (negated && (thatAfter(s, verb) || verb.cue().value().equals("confirmation"))) return null;
        int start = end;
        while (start > 0 && (s.joined(start) || abbreviatedState(s, start, in)) && end - start <= PHRASE) start--;
        // "..., heeft de Duitse regering bevestigd": the auxiliary opens the clause before its subject.
        while (start < end && Auxiliaries.perfectAt(s, start)) start++;
        // "If the ministry announces that ...": a condition's subject has said nothing yet (review 60d).
        if (start < end && s.cueAt(start, LEXICON, "conditional") != null) return null;
        return phrase(s, impersonalBody(s, start, end, in), end, in);
    }

    /**
     * "В Минобороны напомнили", "У посольстві США зазначили", "Ранее в ведомстве уточнили": a Slavic
     * verb of saying without a subject, its body named after в/у, is the body's word; the credit is the
     * body as written, the preposition (and an adverb or conjunction before it) left out. The first
     * token of the body otherwise: "В Киеве президент заявил" keeps its whole clause, as before.
     */
    private static int impersonalBody(Passage s, int start, int end, List<Mention> in) {
        if (!s.ukrainianOrRussian()) return start;
        List<Token> tokens = s.tokens();
        int k = start;
        if (k < end && (ADVERBS.contains(tokens.get(k).folded()) || SLAVIC_CONJUNCTIONS.contains(tokens.get(k).folded()))) k++;
        if (k + 1 >= end || !SLAVIC_IN.contains(tokens.get(k).folded())) return start;
        Token body = tokens.get(k + 1);
        boolean head = head(s, k + 1) != null || in.stream().anyMatch(m -> isBody(m) && m.start() <= body.start() && body.end() <= m.end());
        return head ? k + 1 : start;
    }

    /** The phrase that is the whole clause after the verb, a date aside, with a name set off by a comma after it; null when none. */
    private static String after(SentenceRoles roles, Lexicon.Hit verb, List<Mention> in) {
        Passage s = roles.passage();
        List<Token> tokens = s.tokens();
        int from = verb.endToken();
        if (from >= tokens.size() || !s.joined(from)) return null;
        // English and French put the speaker after the verb only in a reporting clause after the words (", said the minister").
        boolean inverted = !(s.language().equals("en") || s.language().equals("fr")) || verb.startToken() == 0
                || roles.clauseBreak(verb.startToken(), verb.startToken());
        if (!inverted) return null;
        for (int skipped = 0; skipped < DATE_WORDS && from < tokens.size() && s.joined(from) && dateWord(s, from, in); skipped++) from++;
        // "про який Німеччина оголосила у жовтні.": a date may end the sentence, leaving no speaker after it.
        if (from >= tokens.size()) return null;
        int to = clauseEnd(s, from);
        // "a annoncé le ministère de la Défense mardi": a date closing the clause tells when, not who speaks.
        int phraseEnd = to;
        while (phraseEnd - 1 > from && dateWord(s, phraseEnd - 1, in)) phraseEnd--;
        String phrase = phrase(s, from, phraseEnd, in);
        if (phrase == null) return null;
        // "la ministre de la Défense, Margarita Robles.": a name the dictionary does not know, set off by a comma, closes the sentence.
        if (to < tokens.size() && s.between(tokens.get(to - 1).end(), tokens.get(to).start()).strip().equals(",")) {
            int nameEnd = clauseEnd(s, to);
            boolean name = nameEnd == tokens.size() && nameEnd - to <= 4;
            for (int k = to; name && k < nameEnd; k++) name = tokens.get(k).isCapitalised() && !tokens.get(k).isNumeric();
            if (name) return s.span(from, nameEnd);
        }
        return phrase;
    }

    /** Whether the dots of a state's abbreviation stand before token k ("U.S. officials said"): they end no clause. */
    private static boolean abbreviatedState(Passage s, int k, List<Mention> in) {
        Token previous = s.tokens().get(k - 1), t = s.tokens().get(k);
        for (Mention m : in) {
            if (SentenceRoles.isState(m) && m.start() <= previous.start() && previous.end() <= m.end()
                    && (t.start() < m.end() || s.between(m.end(), t.start()).isBlank())) return true;
        }
        return false;
    }

    /** The first token after k that a clause mark or the sentence's end stands before. */
    private static int clauseEnd(Passage s, int k) {
        int to = k + 1;
        while (to < s.tokens().size() && s.joined(to)) to++;
        return to;
    }

    /**
     * The words from..to-1 when they are one speaker's phrase: a role or a body's head word (or a
     * government body's name) among them, otherwise only articles, joining words, possessives,
     * capitalised words, states and a few lower-case words; no person (a named speaker is read by the
     * mention rules), no number, no verb. Null otherwise.
     */
    private static String phrase(Passage s, int from, int to, List<Mention> in) {
        if (to <= from || to - from > PHRASE) return null;
        List<Token> tokens = s.tokens();
        int startChar = tokens.get(from).start(), endChar = tokens.get(to - 1).end();
        boolean head = false;
        for (Mention m : in) {
            if (m.end() <= startChar || m.start() >= endChar) continue;
            if (m.start() < startChar || m.end() > endChar) return null;
            if (m.kind() == MentionKind.PERSON || m.kind() == MentionKind.EQUIPMENT || m.kind() == MentionKind.QUANTITY || m.kind() == MentionKind.MONEY) return null;
            head |= isBody(m);
        }
        int lower = 0;
        for (int k = from; k < to; ) {
            Token t = tokens.get(k);
            if (t.isNumeric() || s.cueAt(k, LEXICON, CLAUSE_CUES) != null) return null;
            Lexicon.Hit noun = head(s, k);
            // "U.S. officials said", "Officials say": a noun of persons speaks as a role does.
            if (noun == null) noun = UnnamedSource.personNoun(s, k, LEXICON);
            if (noun != null && noun.endToken() <= to) {
                head = true;
                k = noun.endToken();
                continue;
            }
            boolean known = SentenceRoles.isArticle(t) || indefinite(s, t) || TitledName.joins(t) && k > from || POSSESSIVES.contains(t.folded()) || t.isCapitalised() || inside(in, t);
            // "in which its defense ministry said": the phrase opens with its article, its owner or its head, never another word.
            if (!known && (k == from || ++lower > LOWER)) return null;
            k++;
        }
        return head ? s.span(from, to) : null;
    }

    /**
     * The head word at token k: a role, a body's head, an unnamed official, or a medium's noun ("the German magazine
     * reported", "het weekblad"), an outlet the report named before, credited by its words as the labellers write
     * them ("German magazine", "weekblad"; round 55). A company's noun is none: a maker speaks of its own products.
     * Nor is a Ukrainian or Russian medium's noun: in the dative it is whom an official spoke to ("заявил агентству
     * собеседник", "повідомили виданню"), and "Видання зазначило" points back to an outlet the report's last source holds.
     */
    private static Lexicon.Hit head(Passage s, int k) {
        Lexicon.Hit noun = s.cueAt(k, LEXICON, HEADS);
        if (noun == null || !noun.cue().category().equals("companynoun")) return noun;
        return noun.cue().value().equals(MEDIUM) && !s.ukrainianOrRussian() ? noun : null;
    }

    /** A government body, an armed force or an international body: it speaks for itself. */
    private static boolean isBody(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && (m.actorKind() == ActorKind.GOVERNMENT_BODY || m.actorKind() == ActorKind.ARMED_FORCE
                || m.actorKind() == ActorKind.INTERNATIONAL_BODY);
    }

    private static boolean indefinite(Passage s, Token t) {
        return INDEFINITE.contains(t.folded()) || s.language().equals("en") && t.folded().equals("a");
    }

    /**
     * An adverb of time or addition before the verb: "later", "also", "ook", "bereits", "также", or an
     * English word in -ly. Any other lower-case word there ends a noun ("a senior Pentagon official said").
     */
    private static boolean adverb(Passage s, int k, List<Mention> in) {
        Token t = s.tokens().get(k);
        return !t.isCapitalised() && !inside(in, t) && (ADVERBS.contains(t.folded()) || s.language().equals("en") && t.folded().endsWith("ly"));
    }

    /**
     * The auxiliary that carries a negation ("did not say", "would not confirm", "could not"): the verb's, not the
     * speaker's words ("A Pentagon spokesman did not say when ..." is credited to "A Pentagon spokesman").
     */
    private static boolean negationAuxiliary(Passage s, int k) {
        return Auxiliaries.governingAt(s, k) || s.language().equals("en") && DO_SUPPORT.contains(s.tokens().get(k).folded());
    }

    /** "that", "что", "dass" right after the verb: what follows is the claim itself. */
    private static boolean thatAfter(Passage s, Lexicon.Hit verb) {
        return verb.endToken() < s.tokens().size() && s.cueAt(verb.endToken(), LEXICON, "complementizer") != null;
    }

    /** A negation of one word at token k: "не", "not", "nicht", "pas". */
    private static boolean negation(Passage s, int k) {
        Lexicon.Hit not = s.cueAt(k, LEXICON, "negation");
        return not != null && not.endToken() == k + 1 && StatementStance.negating(not.cue());
    }

    /** A word of a date, or a short preposition before one: "mercredi", "в четверг", "on Tuesday". */
    private static boolean dateWord(Passage s, int k, List<Mention> in) {
        if (Mention.inDate(in, s.tokens().get(k))) return true;
        return k + 1 < s.tokens().size() && s.tokens().get(k).text().length() <= 3 && !s.tokens().get(k).isCapitalised()
                && Mention.inDate(in, s.tokens().get(k + 1));
    }

    private static boolean inside(List<Mention> in, Token t) {
        for (Mention m : in) if (m.start() <= t.start() && t.end() <= m.end()) return true;
        return false;
    }
}
