package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places the gazetteer does not list, read from the noun that says what kind of place follows:
 * front-line villages ("the village of Stepove", "die Ortschaften Makariwka und Hryhoriwka", "в
 * поселке Глотово"), military sites ("Truppenübungsplatz Putlos", "le camp de Canjuers", "авиабазе
 * Скридструп", "at Ramstein air base") and Russian and Ukrainian districts, whose
 * name is an adjective before the noun ("Грайвороновского района"), as is a front-line direction's
 * ("на купянском направлении"). Words that put something near a place name one too: "под
 * Угледаром", "біля Вугледара", "près de Stelmakhovka", "westlich von Awdijiwka", and so does a
 * district noun with no adjective before it, then read as "the area of" ("в районах Новокалинова,
 * Майорска и Розовки").
 * The gazetteer keeps towns of a thousand people and more; reports from the front name smaller ones.
 * A name read so is a place wherever the document writes it again.
 */
final class CuedPlaces {
    static final String CATEGORY = "placenoun";
    private static final double CUED = 0.6;
    private static final double REPEATED = 0.5;
    private static final int MAX_NAME_TOKENS = 3;
    /** Names one cue can head: "в районах Новокалинова, Майорска, Бердычей и Розовки". */
    private static final int MAX_LISTED = 6;
    /** Words joining the noun to the name where the language needs one: "village of", "ville de", "village d'". */
    static final Set<String> CONNECTORS = Set.of("of", "de", "d", "von", "van");
    private static final Set<String> NEEDS_CONNECTOR = Set.of("en", "fr");
    /** German capitalises every noun: "im Dorf Soldaten" names no village. Endings of German nouns, not of the names of villages abroad. */
    private static final List<String> GERMAN_NOUN_ENDINGS = List.of("ung", "heit", "keit", "schaft", "en", "er", "ern");
    /** Endings a German adverb of direction takes as an adjective: "südlichen", "nördliche", "nahen". */
    private static final List<String> GERMAN_ADJECTIVE_ENDINGS = List.of("liche", "lichen", "licher", "liches", "lichem", "nahen", "naher", "nahes", "nahem");
    /** Capitalised words opening an English sentence that name nothing: "The air base". */
    private static final Set<String> ENGLISH_OPENERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our", "his", "her");

    private CuedPlaces() {}

    /** The places cued in this passage and those named again; every name read is added to {@code learned} for the passages after. */
    static List<Mention> find(Passage p, List<Mention> known, Set<String> learned) {
        Lexicon lexicon = Lexicon.get();
        List<Token> t = p.tokens();
        List<Mention> out = new ArrayList<>();
        for (Lexicon.Hit cue : lexicon.all(p, CATEGORY)) {
            switch (cue.cue().value()) {
                case "DISTRICT" -> {
                    Mention district = district(p, cue, known);
                    // "в районах Новокалинова, Майорска и Розовки": no adjective before the noun, so it is "the area of" the names after it.
                    if (district == null) addAll(p, out, list(p, after(p, cue, known), known), learned);
                    else add(p, out, district, learned);
                }
                case "NEAR" -> {
                    // "the Near East": a capitalised cue inside a sentence is part of a name, not a preposition.
                    boolean partOfName = p.tokens().get(cue.startToken()).isCapitalised() && p.joined(cue.startToken());
                    if (!partOfName && !germanAdjective(p, cue)) addAll(p, out, list(p, after(p, cue, known), known), learned);
                }
                case "SITE" -> {
                    add(p, out, after(p, cue, known), learned);
                    if (p.language().equals("en")) add(p, out, before(p, cue, known), learned);
                }
                // Every capital is in the gazetteer: the word for one, for a region named after its
                // capital ("Region Kiew") or for its people ("жители Москвы") only tells CapitalRole that the place follows,
                // and so does a visit ("trip to Kiev"), what is held there ("the Moscow exhibition"), and a word after which
                // "à"/"до" names who receives ("destinées à Kiev").
                case "CAPITAL", "REGION", "RESIDENTS", "VISIT", "HELD", "RECIPIENT" -> { }
                default -> addAll(p, out, list(p, after(p, cue, known), known), learned);
            }
        }
        if (learned.isEmpty()) return out;
        for (int k = 0; k < t.size(); k++) {
            Token token = t.get(k);
            // Compared by stem: "Вугледара" read once finds "Вугледарі" and "Вугледаром".
            if (!token.isCapitalised() || !learned.contains(token.stem()) || taken(known, token.start(), token.end()) || taken(out, token.start(), token.end())) continue;
            // "Guta-Mezhigorskaya" read once is the whole hyphenated name again, not its first part.
            int end = k;
            while (end + 1 < t.size() && t.get(end + 1).isCapitalised() && p.hyphenated(end + 1)) end++;
            out.add(place(p, token.start(), t.get(end).end(), REPEATED));
            k = end;
        }
        return out;
    }

    private static void addAll(Passage p, List<Mention> out, List<Mention> places, Set<String> learned) {
        for (Mention place : places) add(p, out, place, learned);
    }

    private static void add(Passage p, List<Mention> out, Mention place, Set<String> learned) {
        if (place == null || out.stream().anyMatch(m -> m.overlaps(place.start(), place.end()))) return;
        out.add(place);
        if (place.text().indexOf(' ') >= 0) return;
        int k = SentenceRoles.firstEndingAfter(p, place.start());
        if (k >= p.tokens().size() || p.tokens().get(k).start() != place.start()) return;
        String stem = p.tokens().get(k).stem();
        learned.add(stem);
        // Ukrainian -ка names end in -ці in the dative and locative: "Забродівка", "у Забродівці".
        if (p.language().equals("uk") && stem.endsWith("к")) learned.add(stem.substring(0, stem.length() - 1) + "ц");
    }

    /**
     * "an der südlichen Front", "die östlichen Gebiete": a German word of direction with an
     * adjective's ending qualifies the noun after it, which is no place; only the bare adverb
     * ("südlich von Bachmut", "westlich Awdijiwkas") locates one.
     */
    private static boolean germanAdjective(Passage p, Lexicon.Hit cue) {
        if (!p.language().equals("de") || cue.endToken() - cue.startToken() != 1) return false;
        String word = p.tokens().get(cue.startToken()).folded();
        return GERMAN_ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /** The name right after the noun (after "of" / "de" where the language needs it). */
    private static Mention after(Passage p, Lexicon.Hit cue, List<Mention> known) {
        int k = cue.endToken();
        List<Token> t = p.tokens();
        // "dorpje. Een oudere militair": the name follows the noun in the same clause.
        if (!p.joined(k)) return null;
        boolean connected = k < t.size() && CONNECTORS.contains(t.get(k).folded()) && !t.get(k).isCapitalised();
        if (connected) k++;
        else if (NEEDS_CONNECTOR.contains(p.language()) && !cue.cue().value().equals("NEAR")) return null;
        if (!p.joined(k)) return null;
        return nameFrom(p, k, known);
    }

    /** "at Ramstein air base": English puts a site's name, one word, before the noun. */
    private static Mention before(Passage p, Lexicon.Hit cue, List<Mention> known) {
        int k = cue.startToken() - 1;
        if (k < 0 || !p.joined(k + 1)) return null;
        Token name = p.tokens().get(k);
        if (!name.isCapitalised() || isNumber(name) || ENGLISH_OPENERS.contains(name.folded()) || taken(known, name.start(), name.end())) return null;
        // "Dover Air Force Base": a capitalised base is the name's end, as PlaceSpans reads it after a known place.
        int words = PlaceSpans.baseWords(p, cue.startToken());
        int end = words > 0 ? p.tokens().get(cue.startToken() + words - 1).end() : name.end();
        return place(p, name.start(), end, CUED);
    }

    /**
     * The first name with those coordinated after it: "Makariwka und Hryhoriwka", "Новокалинова,
     * Майорска, Бердычей и Розовки". Names after commas count only when "and" closes the list, so
     * "the village of Stepove, Keramik said" adds nothing after the comma.
     */
    private static List<Mention> list(Passage p, Mention first, List<Mention> known) {
        if (first == null) return List.of();
        List<Mention> names = new ArrayList<>(List.of(first));
        List<Token> t = p.tokens();
        for (int listed = 1; listed < MAX_LISTED; listed++) {
            int k = SentenceRoles.firstEndingAfter(p, names.getLast().end());
            if (k >= t.size()) break;
            Lexicon.Hit and = p.joined(k) ? Lexicon.get().at(p, k, "coordinator") : null;
            if (and != null && and.cue().value().equals("and")) {
                Mention last = nameFrom(p, and.endToken(), known);
                if (last != null) names.add(last);
                return names;
            }
            Mention next = commaOnly(p, k) ? nameFrom(p, k, known) : null;
            if (next == null) break;
            names.add(next);
        }
        return names.subList(0, 1);
    }

    /** Only a comma and spaces between token k and the one before it. */
    private static boolean commaOnly(Passage p, int k) {
        if (k <= 0 || k >= p.tokens().size()) return false;
        String gap = p.between(p.tokens().get(k - 1).end(), p.tokens().get(k).start());
        return gap.strip().equals(",");
    }

    /** "Грайвороновского района": the adjective before the noun names the district. */
    private static Mention district(Passage p, Lexicon.Hit cue, List<Mention> known) {
        int k = cue.startToken() - 1;
        if (k < 0 || !p.joined(k + 1)) return null;
        Token adjective = p.tokens().get(k);
        String f = adjective.folded();
        boolean placeAdjective = f.length() > 5 && (f.contains("ск") || f.contains("цк") || f.contains("ськ") || f.contains("зьк"));
        if (!placeAdjective || taken(known, adjective.start(), adjective.end())) return null;
        return place(p, adjective.start(), p.tokens().get(cue.endToken() - 1).end(), CUED);
    }

    /** Up to three capitalised words from token k, joined by spaces or hyphens, none a mention already. */
    private static Mention nameFrom(Passage p, int k, List<Mention> known) {
        List<Token> t = p.tokens();
        int end = k;
        while (end < t.size() && end - k < MAX_NAME_TOKENS && t.get(end).isCapitalised() && !isNumber(t.get(end)) && (end == k || p.joined(end))
                && !taken(known, t.get(end).start(), t.get(end).end()) && !namesDistrict(p, end)) end++;
        if (end == k) return null;
        if (p.language().equals("de") && GERMAN_NOUN_ENDINGS.stream().anyMatch(t.get(end - 1).folded()::endsWith)) return null;
        return place(p, t.get(k).start(), t.get(end - 1).end(), CUED);
    }

    /** "в поселке Глотово Грайвороновского района": the word before a district noun is the district's, not the village's. */
    private static boolean namesDistrict(Passage p, int k) {
        Lexicon.Hit next = Lexicon.get().at(p, k + 1, CATEGORY);
        return next != null && next.cue().value().equals("DISTRICT");
    }

    private static boolean isNumber(Token token) {
        return Character.isDigit(token.text().charAt(0));
    }

    private static boolean taken(List<Mention> known, int start, int end) {
        for (Mention m : known) if (m.overlaps(start, end)) return true;
        return false;
    }

    private static Mention place(Passage p, int start, int end, double confidence) {
        String text = p.between(start, end);
        return new Mention(MentionKind.PLACE, text, start, end, null, text, null, null, null, null, null, null, null, null, confidence);
    }
}
