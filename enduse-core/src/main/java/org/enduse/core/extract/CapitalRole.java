package org.enduse.core.extract;

import java.util.Set;

/**
 * Whether a capital named in the text stands for its government ("Kyiv denied", "aid for Kyiv",
 * "Kiev's troops", "selon Kiev", "Киеву") or is the city as a place ("in Moscow", "в Москве", the
 * dateline "Berlin (dpa)", "the capital Kyiv", "la ville de Kiev", "міста Києва"). Reports name
 * capitals mostly as actors, so a capital is the government unless a preposition of place or a
 * noun for a city, a capital or a region comes right before it, attacks fall on it ({@link StruckCapital}), or it opens the report as a dateline or stands in a
 * list of names ({@link ListedCapital}).
 */
final class CapitalRole {
    /** How far back a transfer cue makes French "à Kiev" a recipient rather than a place. */
    private static final int CUE_WINDOW = 10;

    private CapitalRole() {}

    static boolean standsForGovernment(Passage p, int startToken, int endToken) {
        if (dateline(p, startToken, endToken) || ListedCapital.inList(p, startToken, endToken)) return false;
        Lexicon lexicon = Lexicon.get();
        Boolean pair = asFirstOfPair(p, startToken, lexicon);
        if (pair != null) return pair;
        if (namedAsCity(p, startToken, lexicon) || cityNounAfter(p, endToken, lexicon) || visited(p, startToken, lexicon)
                || StruckCapital.struck(p, startToken)) return false;
        for (int from = Math.max(0, startToken - 6); from < startToken; from++) { // "in de buurt van", "in der Nähe von"
            Lexicon.Hit place = lexicon.at(p, from, "loc");
            if (place == null || !p.joined(startToken)) continue;
            if (place.endToken() != startToken) {
                if (inCompassPart(p, place.endToken(), startToken)) return false;
                continue;
            }
            // "à", "на" also mean "to": after a transfer ("livrés à Kiev") the capital receives.
            return lexicon.at(p, from, "to") != null && transferBefore(p, from, lexicon);
        }
        return true;
    }

    /**
     * A capital after "and" takes the reading of the name before it: "a visit to Kharkiv and Kyiv", "in
     * Charkiw und Kiew" are places, "Germany and Kyiv agreed" governments. Null when no capitalised
     * one-word name and "and" come right before the capital.
     */
    private static Boolean asFirstOfPair(Passage p, int startToken, Lexicon lexicon) {
        if (startToken < 2 || !p.joined(startToken) || !p.joined(startToken - 1)) return null;
        Lexicon.Hit and = lexicon.at(p, startToken - 1, "coordinator");
        if (and == null || and.endToken() != startToken || !and.cue().value().equals("and")) return null;
        Token first = p.tokens().get(startToken - 2);
        if (!first.isCapitalised() || first.isNumeric()) return null;
        return standsForGovernment(p, startToken - 2, startToken - 1);
    }

    /**
     * Nouns of the place-noun category that say a city, or the region named after it, follows: "the
     * capital Kyiv", "hoofdstad Kiev", "la ville de Kiev", "in der Region Kiew", "la région de Kiev",
     * "residents of Kyiv", "жители и гости Москвы"; and a part of it or its surroundings: "в центре Москвы",
     * "des environs de Moscou", "околиці Києва".
     */
    private static final Set<String> CITY_NOUNS = Set.of("SETTLEMENT", "CAPITAL", "REGION", "RESIDENTS", "mayor", "NEAR");

    /**
     * The capital right after such a noun, with "of"/"de"/"van" or a listing word ("cities such as Kyiv", "Steden
     * zoals Kyiv") between or not: the city itself.
     */
    private static boolean namedAsCity(Passage p, int startToken, Lexicon lexicon) {
        if (!p.joined(startToken)) return false;
        int end = CuedPlaces.CONNECTORS.contains(p.tokens().get(startToken - 1).folded()) && p.joined(startToken - 1) ? startToken - 1 : startToken;
        end = pastListingWord(p, end, lexicon);
        for (int from = Math.max(0, end - 2); from < end; from++) {
            Lexicon.Hit noun = lexicon.at(p, from, CuedPlaces.CATEGORY, "role");
            // The English NEAR rows hold their "of" ("north of", "southwest of"): such a noun ends right at the capital.
            if (noun != null && (noun.endToken() == end || noun.endToken() == startToken) && CITY_NOUNS.contains(noun.cue().value())) return true;
        }
        return false;
    }

    /** Where a listing word ("such as", "zoals", "wie", "такие как") ending at {@code end} begins; else {@code end}. */
    private static int pastListingWord(Passage p, int end, Lexicon lexicon) {
        for (int from = Math.max(0, end - 3); from < end; from++) {
            Lexicon.Hit listing = lexicon.at(p, from, "suchas");
            if (listing != null && listing.endToken() == end && p.joined(from)) return from;
        }
        return end;
    }

    /**
     * "in western Moscow", "im Osten Kiews", "dans l'ouest de Kiev", "на заході Києва": a part of the city by its
     * compass point, after a preposition of place, is in the city.
     */
    private static boolean inCompassPart(Passage p, int afterPreposition, int startToken) {
        int next = afterPreposition;
        if (next < startToken && SightingParties.isArticle(p.tokens().get(next).folded())) next++;
        int past = SightingParties.pastCompassPart(p, next);
        return past != next && past == startToken;
    }

    /**
     * Nouns right after the capital that make it the city: its people ("Moscow residents"), its mayor
     * ("Kiews Bürgermeister", "Moscow's mayor"), what is held or based there ("the Moscow exhibition",
     * "Moscow-based diplomats"). Its government, forces or officials ("Kyiv forces") leave it the state.
     */
    private static boolean cityNounAfter(Passage p, int endToken, Lexicon lexicon) {
        int next = endToken;
        if (next < p.tokens().size() && p.tokens().get(next).folded().equals("s") && p.joined(next)) next++; // "Moscow's"
        if (next >= p.tokens().size() || !p.joined(next)) return false;
        Lexicon.Hit noun = lexicon.at(p, next, CuedPlaces.CATEGORY, "role");
        if (noun == null) return false;
        String value = noun.cue().value();
        return value.equals("RESIDENTS") || value.equals("HELD") || value.equals("mayor");
    }

    /**
     * The capital is where someone goes on a visit or trip: "his trip to Kiev", "een bezoek aan Kiev",
     * "відвідав Київ", "a pris la direction de Paris", with only prepositions and articles between.
     * The six tuning batches label such a capital a place in en, nl, fr and uk.
     */
    private static boolean visited(Passage p, int startToken, Lexicon lexicon) {
        int k = startToken;
        while (k > 0 && startToken - k < 2 && p.joined(k) && (lexicon.at(p, k - 1, "to", "loc") != null
                || CuedPlaces.CONNECTORS.contains(p.tokens().get(k - 1).folded()))) k--;
        if (k == 0 || !p.joined(k)) return false;
        Lexicon.Hit visit = lexicon.at(p, k - 1, CuedPlaces.CATEGORY);
        return visit != null && visit.endToken() == k && visit.cue().value().equals("VISIT");
    }

    /**
     * A transfer verb or aid noun before the preposition ("livrés à Kiev", "son aide militaire à Kiev"), with
     * no other "à"/"на" in between that took the recipient role. Announcing takes no recipient: "annoncé
     * lundi à Prague" is where it was said.
     */
    private static boolean transferBefore(Passage p, int end, Lexicon lexicon) {
        for (int k = end - 1; k >= Math.max(0, end - CUE_WINDOW); k--) {
            Lexicon.Hit transfer = lexicon.at(p, k, "transfer", "goods", "delivery", CuedPlaces.CATEGORY);
            if (transfer != null && !CuesThatGiveNothing.announces(transfer)
                    && (!transfer.cue().category().equals(CuedPlaces.CATEGORY) || transfer.cue().value().equals("RECIPIENT"))) return true;
            if (lexicon.at(p, k, "to") != null) return false;
        }
        return false;
    }

    /** What ends a dateline's place: "Brüssel. Belgien", "Berlin: (hib)", "Kyiv • UNN", "Kiev - ", a dash. */
    private static final String DATELINE_ENDS = ".,:\u2022\u00B7|\u2013\u2014-";

    /**
     * "Berlin (dpa) -", "Kiew/Berlin (dts)", "Brüssel. Belgien...", "Berlin: (hib/STO)", "Kyiv • UNN", "BRUSSELS" on its own line: the
     * place the report was filed from, at the start of a paragraph.
     */
    private static boolean dateline(Passage p, int startToken, int endToken) {
        Token t = p.tokens().get(startToken);
        if (t.start() - p.start() > 40) return false;
        String text = p.text();
        int after = p.tokens().get(endToken - 1).end();
        while (after < p.end() && text.charAt(after) == ' ') after++;
        int before = t.start() - 1;
        while (before >= p.start() && text.charAt(before) == ' ') before--;
        char next = after < p.end() ? text.charAt(after) : ' ';
        char previous = before >= p.start() ? text.charAt(before) : ' ';
        // "KOPENHAGEN Die Niederlande wollen ...": a capital in capitals opening a paragraph is its dateline too.
        boolean inCapitals = t.text().length() > 3 && t.isInCapitals();
        boolean opens = startToken == 0 && (after >= p.end() || DATELINE_ENDS.indexOf(next) >= 0 || inCapitals);
        return next == '(' || next == '/' || previous == '/' || opens;
    }
}
