package org.enduse.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.LanguageDetector;

/**
 * The extraction pipeline for one document: language of the document and of each paragraph,
 * then per paragraph dictionary names, dates, numbers, money, quantities and persons, then events
 * per sentence. Thread-safe: one extractor serves every thread.
 */
public final class Extractor {
    /** Shorter paragraphs inherit the document's language unless their script differs. */
    private static final int OWN_LANGUAGE_MIN_CHARS = 120;
    /** "date 2023-06" or "2023-05-24" opening a text is its publication date. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?:date\\s*)?(\\d{4}-\\d{2}(?:-\\d{2})?)\\b");
    /** Left to right, the longer of two mentions starting together first; written out, as it sorts every paragraph's mentions. */
    private static final Comparator<Mention> BY_POSITION = (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
            : Integer.compare(b.end(), a.end());
    private final NameMatcher names;

    public Extractor(NameSource names) {
        this.names = NameMatcher.build(DesignationForms.adding(names));
    }

    /** The built-in country lexicon plus the given names (a TSV file, a test dictionary). */
    public static Extractor withBuiltInNames(NameSource extra) {
        return new Extractor(NameSource.of(BuiltInNames.countries(), extra));
    }

    /** The country lexicon, the bundled catalog, the gazetteer and its wider areas, plus the given names. */
    public static Extractor standard(NameSource extra) {
        return new Extractor(NameSource.of(BuiltInNames.countries(), new CatalogNameSource(org.enduse.core.catalog.Catalog.get()),
                new GazetteerNameSource(org.enduse.core.geo.GeoData.get().gazetteer()), BuiltInNames.areas(), extra));
    }

    /**
     * @param published the publication date to resolve relative dates against when the document
     *                  does not state one; may be null
     */
    public Extraction extract(Document document, PartialDate published) {
        String text = document.text();
        PartialDate reference = document.published() != null ? PartialDate.day(document.published()) : dateline(text);
        if (reference == null) reference = published;
        List<int[]> spans = paragraphSpans(text);
        String[] ownLanguage = new String[spans.size()];
        String docLanguage = documentLanguage(text, spans, ownLanguage);
        List<Extraction.Paragraph> paragraphs = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<PersonFinder.Known> persons = new ArrayList<>();
        Set<String> cuedPlaces = new HashSet<>();
        // Where the events of the sentence just read begin, for a next sentence that credits it.
        int previousSentence = 0;
        TransferContext giver = new TransferContext();
        SightingSetting setting = new SightingSetting();
        String earlierEquipment = null;
        BracketedNames.Abbreviations abbreviations = new BracketedNames.Abbreviations();
        Discourse discourse = new Discourse();
        YearsNamed years = new YearsNamed();
        SentenceWordings sentencesRead = new SentenceWordings(text);
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String language = ownLanguage[i] != null ? ownLanguage[i] : inherited(text, span, docLanguage);
            paragraphs.add(new Extraction.Paragraph(span[0], span[1], language));
            Passage passage = Passage.of(text, span[0], span[1], language);
            List<Mention> found = SharedEquipmentNames.resolved(mentions(passage, reference, persons, abbreviations, cuedPlaces, years), mentions, names, passage);
            mentions.addAll(ForceDescriptions.asCountries(found, passage, names));
            passage.hideCuesInsideNames(found);
            for (Sentences.Span sentence : Sentences.split(text, span[0], span[1])) {
                List<Mention> inSentence = inside(found, sentence);
                // Cut once: the credit, the events and the roles below read the same sentence and share what it learns of its cues.
                Passage read = passage.sentence(sentence.start(), sentence.end());
                String credit = EventFinder.creditsPrevious(read, inSentence);
                discourse.credited(credit);
                if (credit != null) {
                    List<Event> credited = EventFinder.creditedTo(events.subList(previousSentence, events.size()), credit);
                    events.subList(previousSentence, events.size()).clear();
                    events.addAll(credited);
                }
                previousSentence = events.size();
                // A headline repeated as the lead states its events once, not twice.
                if (!sentencesRead.firstReading(sentence)) continue;
                List<Event> own = InvadedReceives.turned(EventFinder.find(passage, read, found, inSentence, earlierEquipment, discourse),
                        new SentenceRoles(read, Lexicon.get()), inSentence);
                String receiver = giver.awaitsReceiver() ? ReceivingState.lastIn(read, inSentence) : null;
                List<Event> given = Lists.where(giver.complete(own, namedEquipment(inSentence), inSentence, discourse::giverUnknown, discourse::collectiveGives,
                        receiver, discourse::speakerGives), e -> !discourse.giverUnknown(e));
                events.addAll(setting.complete(given, inSentence));
            }
            for (Mention m : found) if (m.kind() == MentionKind.EQUIPMENT) earlierEquipment = m.name();
        }
        LocalDate publishedDate = reference == null ? null : reference.date();
        // Whose dollar a bare "$" is depends on the whole report: which dollar state it is about.
        List<Mention> all = RepeatedOutlets.added(text, paragraphs, HomeDollar.apply(ForeignOneWordTowns.without(text, mentions, docLanguage), docLanguage));
        return new Extraction(document, docLanguage, paragraphs, publishedDate, all, ReportCaptor.complete(giver.receiverNamedLater(events)));
    }

    /**
     * The paragraph's mentions inside the sentence, in order, read-only. A loop, not a stream: asked
     * of every sentence, the stream cost three times what this loop does (profiled).
     */
    private static List<Mention> inside(List<Mention> paragraphMentions, Sentences.Span sentence) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : paragraphMentions) if (m.inside(sentence.start(), sentence.end())) in.add(m);
        return Collections.unmodifiableList(in);
    }

    /** The catalog equipment named among the sentence's mentions. */
    private static List<String> namedEquipment(List<Mention> sentenceMentions) {
        List<String> names = new ArrayList<>();
        for (Mention m : sentenceMentions) if (m.kind() == MentionKind.EQUIPMENT) names.add(m.name());
        return names;
    }

    private List<Mention> mentions(Passage p, PartialDate reference, List<PersonFinder.Known> persons, BracketedNames.Abbreviations abbreviations,
                                   Set<String> cuedPlaces, YearsNamed years) {
        List<Mention> out = new ArrayList<>();
        List<NameMatcher.Hit> hits = PlaceSpans.shape(p, OrganisationSpans.shape(p, EquipmentSpans.shape(p, names.find(p.tokens(), p.language()), names), names));
        Map<Integer, NameMatcher.Hit> hitAt = new HashMap<>();
        Map<Integer, NameMatcher.Hit> equipmentAt = new HashMap<>();
        // Countries read only through a stem ("Georges" for Géorgie): a person's name read there wins.
        List<Mention> stemOnly = new ArrayList<>(0);
        for (NameMatcher.Hit hit : hits) {
            if (germanNounAfterArticle(p, hit) || WordNamedPlaces.wordWithoutCue(p, hit) || ShortWordsInCapitals.abbreviation(p, hit)) continue;
            hitAt.put(hit.startToken(), hit);
            if (hit.name().kind() == NameKind.EQUIPMENT) equipmentAt.put(hit.startToken(), hit);
            Mention mention = nameMention(p, hit);
            if (!hit.exactForm() && hit.name().kind() == NameKind.COUNTRY) stemOnly.add(mention);
            out.add(mention);
        }
        for (Mention unit : UnitFinder.find(p)) if (!overlapsAny(out, unit.start(), unit.end())) out.add(unit);
        for (Mention state : CapitalAdjectives.find(p)) if (!overlapsAny(out, state.start(), state.end())) out.add(state);
        List<Mention> names = List.copyOf(out);
        // "PzH 2000" and "Leopard 2" carry numbers that are neither years nor counts.
        List<Mention> dates = Lists.where(DateFinder.find(p, reference, years), d -> !overlapsAny(names, d.start(), d.end()));
        out.addAll(dates);
        List<NumberSpan> uncounted = new ArrayList<>();
        List<Mention> quantities = new ArrayList<>();
        for (NumberSpan n : NumberFinder.find(p)) {
            if (overlapsAny(dates, n.start(), n.end()) || overlapsAny(names, n.start(), n.end())) continue;
            // The second number of "18 ou 19 chars" is inside the quantity the first one began.
            if (NumberPairs.secondOfAlternative(p, n) && overlapsAny(quantities, n.start(), n.end())) continue;
            Mention money = MoneyFinder.at(p, n);
            if (money != null) {
                // "2,5 Mrd. US-Dollar", "Swiss francs": the currency's country is no mention of the state.
                out.removeIf(m -> m.kind() == MentionKind.COUNTRY && m.inside(money.start(), money.end()));
                out.add(money);
                continue;
            }
            Mention quantity = QuantityFinder.at(p, n, equipmentAt, hitAt);
            if (quantity != null) quantities.add(quantity);
            else uncounted.add(n);
        }
        // "für mehrere Milliarden US-Dollar": the country in a currency's name is no mention of the state, with or without an
        // amount; a currency's name no longer than the country's ("US" of "US$") leaves it be.
        for (Lexicon.Hit currency : Lexicon.get().all(p, "currency")) {
            int from = p.tokens().get(currency.startToken()).start(), to = p.tokens().get(currency.endToken() - 1).end();
            out.removeIf(m -> m.kind() == MentionKind.COUNTRY && m.inside(from, to) && to - from > m.end() - m.start());
        }
        // Numbers that count what was named before them ("vijf en zeven pantserhouwitsers", "... to 18."),
        // or amounts in the currency the sentence named before them ("233 millions d'euros ..., contre 25 milliards pour les Etats-Unis").
        for (NumberSpan n : uncounted) {
            if (overlapsAny(quantities, n.start(), n.end()) || overlapsAny(out, n.start(), n.end())) continue;
            Mention quantity = EllipticCounts.of(p, n, quantities, equipmentAt, out);
            if (quantity != null) {
                quantities.add(quantity);
                continue;
            }
            Mention amount = MoneyFinder.inCurrencyNamedBefore(p, n, out);
            if (amount != null) out.add(amount);
        }
        out.addAll(quantities);
        out = CrownOfTheSentence.resolve(p, out);
        for (Mention person : PersonFinder.find(p, hitAt, persons)) {
            Mention known = out.stream().filter(m -> m.kind() == MentionKind.PERSON && m.overlaps(person.start(), person.end())).findFirst().orElse(null);
            if (known != null) {
                // The dictionary knows the person; the text adds the role (and maybe the country), and the
                // given name the dictionary does not list with the surname ("Volodimir Zelensky").
                Mention withRole = known.withRole(person.role(), person.country());
                if (givenNamesBefore(p, person, known)) {
                    withRole = withRole.over(person.text(), person.start(), person.end());
                }
                out.set(out.indexOf(known), withRole);
                // The given name added is no town either: "Андрея Белоусова" is not Andria (Андрия).
                Mention named = withRole;
                out.removeIf(m -> m.kind() == MentionKind.PLACE && m.overlaps(named.start(), named.end()));
            } else if (out.stream().noneMatch(m -> m.overlaps(person.start(), person.end()) && m.kind() != MentionKind.PLACE && !stemOnly.contains(m))) {
                // A person's name wins over a place read inside it ("Mark Rutte" is not the town of Mark).
                out.removeIf(m -> (m.kind() == MentionKind.PLACE || stemOnly.contains(m)) && m.overlaps(person.start(), person.end()));
                out.add(person);
            }
        }
        for (Mention org : OrganisationFinder.find(p, hitAt, out, abbreviations)) {
            // A nationality or a country inside a body's name is part of it ("dänische Verteidigungsministerium", "уряд Бельгії"),
            // and the body's country: events count a body for it.
            Mention country = out.stream().filter(m -> m.kind() == MentionKind.COUNTRY && m.overlaps(org.start(), org.end())).findFirst().orElse(null);
            // and so is the place a unit is named after ("Dnepr group of forces").
            out.removeIf(m -> (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.PLACE) && m.overlaps(org.start(), org.end()));
            out.add(country == null ? org : org.withRole(null, country.code()));
        }
        PossessiveBodies.join(p, out);
        StateAfterBody.join(p, out);
        out.addAll(CuedPlaces.find(p, out, cuedPlaces));
        out.sort(BY_POSITION);
        return out;
    }

    /**
     * The person read by its form adds given names before the name the dictionary knows
     * ("Volodimir Zelensky"), and nothing else: not a title ("President Putin"), not words after the
     * name ("Wladimir Putins Invasionsarmee", "Ollongren van Defensie"), not across a bracket
     * ("Владимиру] Зеленскому").
     */
    private static boolean givenNamesBefore(Passage p, Mention person, Mention known) {
        if (person.start() >= known.start() || person.end() != known.end()) return false;
        for (int i = person.start(); i < known.start(); i++) {
            char c = p.text().charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && !Tokenizer.isApostrophe(c)) return false;
        }
        List<Token> t = p.tokens();
        for (int k = 0; k < t.size() && t.get(k).start() < known.start(); k++) {
            if (t.get(k).start() >= person.start() && Lexicon.get().at(p, k, "role", "honorific") != null) return false;
        }
        return true;
    }

    /**
     * "die Lage", "des angegriffenen Landes": German capitalises every noun, and towns and
     * départements share names with nouns (Lage, Landes). A town abroad never takes an article,
     * nor does a region there, so after one (and its adjectives) the word is the noun. Places of
     * the theatre do ("der Krim", "das zerstörte Bachmut").
     */
    private static boolean germanNounAfterArticle(Passage p, NameMatcher.Hit hit) {
        Name name = hit.name();
        if (!p.language().equals("de") || name.kind() != NameKind.PLACE || hit.endToken() != hit.startToken() + 1 || name.country() == null
                || GazetteerNameSource.THEATRE.contains(name.country()) || name.id().startsWith("area-") || name.id().startsWith("capital-")) {
            return false;
        }
        int k = hit.startToken();
        // Back over up to two adjectives, in lower case.
        for (int adjectives = 0; adjectives < 2 && k > 1 && p.joined(k) && Character.isLowerCase(p.tokens().get(k - 1).text().charAt(0))
                && !GERMAN_ARTICLES.contains(p.tokens().get(k - 1).folded()); adjectives++) k--;
        return k > 0 && p.joined(k) && GERMAN_ARTICLES.contains(p.tokens().get(k - 1).folded());
    }

    /** Articles and the determiners that decline like them: "ihres Landes", "eines Landes", "dieses Landes". */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "eines", "einem", "einen", "einer",
            "dieses", "diesem", "diesen", "dieser", "jenes", "seines", "seinem", "seiner", "ihres", "ihrem", "ihrer", "unseres", "unserem",
            "unserer", "eures", "meines", "deines", "keines");

    private Mention nameMention(Passage p, NameMatcher.Hit hit) {
        Name name = hit.name();
        int start = p.tokens().get(hit.startToken()).start(), end = NameEnds.end(p, start, p.tokens().get(hit.endToken() - 1).end());
        double confidence = Math.max(0.5, (hit.exactForm() ? 0.9 : 0.8) - 0.1 * hit.alternatives());
        String text = p.between(start, end);
        if (name.kind() == NameKind.CAPITAL && name.country() != null && CapitalRole.standsForGovernment(p, hit.startToken(), hit.endToken())) {
            // "Kyiv denied", "aid for Kyiv", "selon Kiev": the capital stands for the government.
            return stateMention(text, start, end, name.country(), confidence - 0.1);
        }
        MentionKind kind = name.kind().mentionKind();
        String code = kind == MentionKind.COUNTRY ? name.country() : null;
        return new Mention(kind, text, start, end, name.id(), name.canonical(), code, name.country(), null, null, null, null, null,
                null, confidence, name.actorKind());
    }

    private static final java.util.Map<String, String> COUNTRY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    static String countryName(String code) {
        return COUNTRY_NAMES.computeIfAbsent(code, c -> CountryCode.isKnown(c) ? CountryCode.of(c).displayName() : c);
    }

    /** A country mention of words that stand for the state of the code: a capital, a force's or a capital's adjective. */
    static Mention stateMention(String text, int start, int end, String code, double confidence) {
        return new Mention(MentionKind.COUNTRY, text, start, end, code, countryName(code), code, code, null, null, null, null, null, null,
                confidence);
    }

    private static boolean overlapsAny(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) if (m.overlaps(start, end)) return true;
        return false;
    }

    /**
     * Each long paragraph is detected on its own; the document's language is the one with the most
     * characters among them in the script most of the text is in (or, when no such paragraph is long
     * enough, the whole text's, whose detection settles that script first). Paragraphs whose
     * function words are sure go first; the others are then read knowing the language those give,
     * so an unsure paragraph that leans to it needs no n-gram pass (the costliest part of detection).
     */
    private static String documentLanguage(String text, List<int[]> spans, String[] ownLanguage) {
        LanguageDetector detector = LanguageDetector.get();
        java.util.Map<String, Integer> weight = new java.util.HashMap<>();
        java.util.Map<Integer, LanguageDetector.Guess> unsure = new java.util.LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            if (span[1] - span[0] < OWN_LANGUAGE_MIN_CHARS) continue;
            String paragraph = text.substring(span[0], span[1]);
            LanguageDetector.Guess fast = detector.functionWords(paragraph);
            if (detector.sure(fast, paragraph)) weigh(weight, fast, span, ownLanguage, i);
            else unsure.put(i, fast);
        }
        String likely = heaviest(weight);
        unsure.forEach((i, fast) -> {
            int[] span = spans.get(i);
            LanguageDetector.Guess guess = detector.settle(text.substring(span[0], span[1]), fast, likely);
            if (guess != null) weigh(weight, guess, span, ownLanguage, i);
        });
        String heaviest = DocumentScript.heaviestInMainScript(text, weight);
        if (heaviest != null) return heaviest;
        LanguageDetector.Guess whole = detector.detect(text);
        return whole == null ? "und" : whole.language();
    }

    private static void weigh(java.util.Map<String, Integer> weight, LanguageDetector.Guess guess, int[] span, String[] ownLanguage, int i) {
        ownLanguage[i] = guess.language();
        weight.merge(guess.language(), span[1] - span[0], Integer::sum);
    }

    private static String heaviest(java.util.Map<String, Integer> weight) {
        return weight.isEmpty() ? null : java.util.Collections.max(weight.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
    }

    /** A short paragraph takes the document's language unless its script differs. */
    private static String inherited(String text, int[] span, String docLanguage) {
        boolean cyrillic = false;
        for (int i = span[0]; i < span[1] && !cyrillic; i++) cyrillic = Tokenizer.isCyrillic(text.charAt(i));
        boolean docCyrillic = LanguageDetector.writtenInCyrillic(docLanguage);
        if (cyrillic == docCyrillic && !docLanguage.equals("und")) return docLanguage;
        LanguageDetector.Guess guess = LanguageDetector.get().detect(text.substring(span[0], span[1]));
        return guess == null ? docLanguage : guess.language();
    }

    /** Paragraphs are separated by line breaks; blank lines are not paragraphs. */
    static List<int[]> paragraphSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0) lineEnd = text.length();
            int s = start, e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) spans.add(new int[] {s, e});
            start = lineEnd + 1;
        }
        return spans;
    }

    private static PartialDate dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) return null;
        try {
            return PartialDate.parse(m.group(1));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
