package org.enduse.core.extract;

import static org.enduse.core.extract.OrganisationFinder.CONNECTORS;
import static org.enduse.core.extract.OrganisationFinder.MAX_NAME_WORDS;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A government body named by its head noun and what qualifies it, for {@link OrganisationFinder}: a
 * nationality ("dänische Verteidigungsministerium", "Dutch defence ministry", "німецький уряд", "federale
 * regering"), its portfolio ("Ministry of Defense", "ministerie van Defensie", "ministère de la Défense
 * néerlandais", "Міністерство оборони США", "Verteidigungsministerium"); an embassy by its state
 * ("Russische ambassade", "посольство США"). A bare "the government" or "the embassy" names nothing, and
 * a government described only by its state ("German government", "правительство Германии", "the
 * Government of Russia") is a mention of the country (docs/devset.md).
 */
final class GovernmentBodies {
    /** Endings of French adjectives after a lower-case portfolio noun ("affaires étrangères", "forces armées"). */
    private static final List<String> FRENCH_ADJECTIVE_ENDINGS = List.of("ere", "eres", "ale", "ales", "aux", "ee", "ees", "es", "ique", "iques",
            "elle", "elles", "iere", "ieres", "aine", "aines");
    /**
     * "Ministry of Defence of Ukraine", "Ministerie van Defensie van Oekraïne", "ministère de la Défense
     * de l'Ukraine", "Centre ... du Canada": the word before a body's country.
     */
    private static final Set<String> COUNTRY_OF = Set.of("of", "van", "der", "des", "de", "du");
    /** The article a state's name may take after {@link #COUNTRY_OF}: "of the Netherlands", "de l'Ukraine", "de la Suède". */
    private static final Set<String> COUNTRY_ARTICLES = Set.of("the", "la", "l");
    /** A Ukrainian or Russian country adjective in any case, as folded ("литовський", "болгарского"): its -ськ-/-цьк- suffix, which no state's name has. */
    private static final Pattern SLAVIC_DEMONYM = Pattern.compile("(ськ|цьк|зьк|ск|цк)(ий|ій|ого|ому|им|ім|а|ої|ою|у|е|і|их|ая|ой|ое|ую|ым|ом|ие|ые)$");
    /** Ukrainian and Russian vowels, lower case. */
    static final String SLAVIC_VOWELS = "аеиіїоуыюяєэё";

    /** Asked at nearly every token; see {@link Categories}. */
    private static final Categories BODY_HEAD = Lexicon.get().categories("bodyhead"), BODY_QUALIFIER = Lexicon.get().categories("bodyqualifier");
    /** Words that are no part of a body's name in lower case (a verb of saying or reporting, "to", a place's preposition), and another head. */
    private static final Categories CLAUSE_WORDS = Lexicon.get().categories("speech", "statement", "transfer", "sighting", "inquiry", "to", "loc", "attribution"),
            CLAUSE_WORDS_OR_HEAD = Lexicon.get().categories("bodyhead", "speech", "statement", "transfer", "sighting", "to", "loc", "attribution");
    /** "and", "und", "en", "et" right after a body's head: a second body follows, not what the first is of. */
    private static final Categories COORDINATOR = Lexicon.get().categories("coordinator");

    private GovernmentBodies() {}

    /** The end token of the government body starting at token i (its qualifier first), or -1 when none starts there. */
    static int end(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        int start = i, k = i;
        boolean nationality = false;
        // "dänische", "Dutch", "federale", "німецький": a nationality or "federal" before the head, maybe with its portfolio.
        if (isNationality(p, k, hitAt, lexicon) || countryBeforeEmbassy(p, k, hitAt, lexicon)) {
            nationality = true;
            k = nextAfterNationality(p, k, hitAt, lexicon);
            if (k < t.size() && p.joined(k) && headAt(p, k, lexicon) == null && k + 1 < t.size() && p.joined(k + 1) && headAt(p, k + 1, lexicon) != null
                    && !hitAt.containsKey(k)) {
                k++; // "Dutch defence ministry", "German Foreign Ministry"
            }
            if (k >= t.size() || !p.joined(k)) return -1;
        } else if (hitAt.containsKey(i)) {
            return -1;
        } else if (adjectiveBeforeAgency(p, i, lexicon)) {
            k++; // "оборонного відомства США", "внешнеполитическом ведомстве РФ": named by the state after it
        }
        Head head = headAt(p, k, lexicon);
        if (head == null || towards(p, k)) return -1;
        int end = head.end;
        int complement = complement(p, end, head, hitAt, lexicon);
        boolean named = head.compound || head.kind.equals("NAMED") || complement > end;
        boolean nationalityAfter = !nationality && complement == end && frenchNationalityNames(p, k, end, head, hitAt);
        if (!nationality && !named && !nationalityAfter) return -1;
        // "російське міністерство" describes a ministry whose portfolio is still to come; "німецький уряд",
        // "російське Міноборони" and "американском военном ведомстве" name (the six tuning batches label the last
        // six times: a department is named by its adjectives).
        boolean cyrillic = p.ukrainianOrRussian();
        if (cyrillic && !named && !head.capitalised && !head.namedByCountry() && !head.namedByAdjectives()) return -1;
        if (head.namedByCountry() && !nationality && !nationalityAfter && complement == end) return -1;
        // "the German government", "бельгийское правительство": a government described only by its
        // nationality is a mention of the country, no organisation (docs/devset.md, labelling rules).
        // So is one described only by the state after it ("the Government of Russia", "уряд Німеччини").
        if (head.kind.equals("GOVERNMENT") && complement == end && hitAt.containsKey(start)) return -1;
        if (head.kind.equals("GOVERNMENT") && start == k && onlyCountry(p, end, complement, hitAt)) return -1;
        end = Math.max(end, complement);
        end = frenchNationality(p, end, hitAt);
        return end;
    }

    /**
     * After a body's head word at token k ("State Secretariat for Economic Affairs", "Council of Ukraine"):
     * the end of what names the body after the head, or -1 when no head word stands at k.
     */
    static int namedAfterHead(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        Head head = headAt(p, k, lexicon);
        return head == null ? -1 : complement(p, head.end(), head, hitAt, lexicon);
    }

    private record Head(int end, String kind, boolean capitalised, boolean compound) {
        /** A government, an embassy or a legislature is named by its state alone: "German government", "посольство США", "Parlement suédois". */
        boolean namedByCountry() {
            return kind.equals("GOVERNMENT") || kind.equals("EMBASSY") || kind.equals("LEGISLATURE");
        }

        /** A Slavic department ("ведомство", "відомство") is named by the adjectives before it, with no portfolio after. */
        boolean namedByAdjectives() {
            return kind.equals("AGENCY");
        }
    }

    /** A body's head word at token k ("ministry", "Ministerium", "уряду", "Verteidigungsministerium"), or null. */
    private static Head headAt(Passage p, int k, Lexicon lexicon) {
        if (k >= p.tokens().size()) return null;
        Token token = p.tokens().get(k);
        Lexicon.Hit hit = lexicon.at(p, k, BODY_HEAD);
        // Latin-script heads as listed ("ministries of the Netherlands" is no body's name); Cyrillic ones declined.
        boolean declined = p.ukrainianOrRussian();
        if (hit != null && (declined || hit.endToken() > k + 1 || lexicon.word(token.folded(), p.language(), "bodyhead") != null)) {
            return new Head(hit.endToken(), hit.cue().value(), token.isCapitalised(), false);
        }
        // German compounds name the portfolio: "Verteidigungsministerium", "Außenministeriums".
        if (p.language().equals("de") || p.language().equals("nl")) {
            Cue cue = lexicon.compoundTail(token.folded(), p.language(), "bodyhead", 3, 6, c -> c.value().equals("MINISTRY"));
            if (cue != null) return new Head(k + 1, cue.value(), true, true);
        }
        return null;
    }

    /**
     * What names the body after its head: "of Defense", "van Defensie", "de la Défense", "der
     * Verteidigung", "оборони США", "фінансів Німеччини", "Германии". The end of it, or from when none.
     */
    private static int complement(Passage p, int from, Head head, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (from >= t.size() || !p.joined(from)) return from;
        String language = p.language();
        if (p.ukrainianOrRussian()) {
            int k = genitives(p, from, hitAt, lexicon);
            // "Служба внутрішнього аудиту Міністерства оборони": a body of a body, each with its genitives.
            Head outer = k > from && k < t.size() && p.joined(k) && t.get(k).isCapitalised() ? headAt(p, k, lexicon) : null;
            if (outer != null) k = genitives(p, outer.end(), hitAt, lexicon);
            NameMatcher.Hit country = k < t.size() && p.joined(k) ? hitAt.get(k) : null;
            if (country != null && country.name().kind() == NameKind.COUNTRY && t.get(k).isCapitalised()) return country.endToken();
            // "Міністерство оборони" capitalised: the portfolio alone names it.
            return (head.capitalised || outer != null) && k > from && !head.namedByCountry() ? k : from;
        }
        int k = from;
        // "ministère néerlandais de la Défense": French may put the nationality between the head and its portfolio.
        if (language.equals("fr") && hitAt.containsKey(k) && hitAt.get(k).name().kind() == NameKind.COUNTRY && !t.get(k).isCapitalised()) {
            int after = hitAt.get(k).endToken();
            if (after < t.size() && p.joined(after) && CONNECTORS.contains(t.get(after).folded())) k = after;
        }
        // "the Bulgarian Interior Ministry and the Ukrainian Defense Ministry", "dem Außenministerium und der Agentur für
        // internationale Entwicklung": two bodies (batches 58 de, 60 en), where "and the" read as "of the" had joined them.
        if (lexicon.at(p, k, COORDINATOR) != null) return from;
        int connectorsFrom = k;
        // "of the", "de la", "van", "der", "für"
        while (k < t.size() && k < connectorsFrom + 3 && p.joined(k) && CONNECTORS.contains(t.get(k).folded())) k++;
        if (k == connectorsFrom || k >= t.size() || !p.joined(k)) return from;
        NameMatcher.Hit country = hitAt.get(k);
        if (country != null && country.name().kind() == NameKind.COUNTRY) return country.endToken(); // "government of Ukraine"
        if (head.namedByCountry()) return from;
        int end = k;
        while (end < t.size() && end < k + MAX_NAME_WORDS && (end == k || p.joined(end))) {
            Token token = t.get(end);
            if (token.isCapitalised() && !hitAt.containsKey(end)) end++;
            else if (end > k && CONNECTORS.contains(token.folded()) && end + 1 < t.size() && t.get(end + 1).isCapitalised()
                    && !hitAt.containsKey(end + 1)) end++;
            else break;
        }
        // "Ministry of Defense of Ukraine": the country the named body belongs to.
        if (end > k) end = ofCountry(p, end, hitAt);
        // "ministère des Affaires étrangères": French writes the portfolio's adjective in lower case after it.
        if (end > k && language.equals("fr")) end = frenchAdjective(p, end, hitAt);
        // French writes the portfolio in lower case: "état-major des armées", "Département suisse de l'économie".
        if (end == k && language.equals("fr") && Character.isLowerCase(t.get(k).text().charAt(0)) && !hitAt.containsKey(k)
                && lexicon.at(p, k, CLAUSE_WORDS) == null) {
            // "commission des affaires étrangères", "direction des forces armées": the portfolio's adjective.
            end = frenchAdjective(p, k + 1, hitAt);
            // "ministère de l'intérieur de l'Ukraine": the state after a lower-case portfolio as after a capitalised one.
            if (end > k) end = ofCountry(p, end, hitAt);
        }
        return end == k ? from : end;
    }

    /** "en direction de Koupiansk", "en direction de chars russes" (batch 59): the French locution "towards", no directorate. */
    private static boolean towards(Passage p, int k) {
        List<Token> t = p.tokens();
        return p.language().equals("fr") && k > 0 && p.joined(k) && t.get(k).text().equals("direction") && t.get(k - 1).folded().equals("en");
    }

    /** Tokens [from, to) are a state's name, maybe after "of"/"van"/"de": what a government is "of". */
    private static boolean onlyCountry(Passage p, int from, int to, Map<Integer, NameMatcher.Hit> hitAt) {
        int k = from;
        while (k < to && CONNECTORS.contains(p.tokens().get(k).folded())) k++;
        NameMatcher.Hit country = hitAt.get(k);
        return k < to && country != null && country.name().kind() == NameKind.COUNTRY && country.endToken() == to;
    }

    /** After a French portfolio at [.., end): its lower-case adjective ("étrangères", "armées"), if one follows. */
    private static int frenchAdjective(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        boolean adjective = end < t.size() && p.joined(end) && !hitAt.containsKey(end) && Character.isLowerCase(t.get(end).text().charAt(0))
                && FRENCH_ADJECTIVE_ENDINGS.stream().anyMatch(t.get(end).folded()::endsWith);
        return adjective ? end + 1 : end;
    }

    /**
     * The end of the lower-case genitives from token from ("оборони", "закордонних справ", "внутрішнього
     * аудиту"): not a preposition or conjunction, a verb of saying or reporting, or another head.
     */
    private static int genitives(Passage p, int from, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        int k = from;
        while (k < t.size() && k < from + 3 && p.joined(k) && Character.isLowerCase(t.get(k).text().charAt(0)) && !hitAt.containsKey(k)
                && t.get(k).text().length() > 3 && !verbOrAdverb(t.get(k).folded())
                && lexicon.at(p, k, CLAUSE_WORDS_OR_HEAD) == null) k++;
        return k;
    }

    /**
     * A plural past-tense verb ("вилучили", "подчеркивали") or an adverb in -о ("неоднократно",
     * "близько"): the clause goes on after the body's name. Genitives end otherwise ("оборони",
     * "закордонних справ"); an adjective's genitive in -ого/-его/-ього is still one, and so is
     * "бюро", a noun that does not decline.
     */
    private static boolean verbOrAdverb(String w) {
        if (w.length() < 4) return false;
        // A vowel before "-ли" makes a past plural ("вилучили"); a consonant, a noun ("угли", "рубли").
        if (w.endsWith("ли")) return SLAVIC_VOWELS.indexOf(w.charAt(w.length() - 3)) >= 0;
        return w.endsWith("о") && !SentenceRoles.endsWithAny(w, "ого", "его", "ього", "бюро");
    }

    /** Token k is a lower-case Ukrainian or Russian adjective ("оборонного", "внешнеполитическом") right before a department's head. */
    private static boolean adjectiveBeforeAgency(Passage p, int k, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (!p.ukrainianOrRussian() || k + 1 >= t.size() || !p.joined(k + 1) || !Character.isLowerCase(t.get(k).text().charAt(0))) return false;
        if (!SentenceRoles.endsWithAny(t.get(k).folded(), ADJECTIVE_ENDINGS)) return false;
        Head head = headAt(p, k + 1, lexicon);
        return head != null && head.namedByAdjectives();
    }

    /** Case endings of Ukrainian and Russian adjectives before a department's head, as folded. */
    private static final String[] ADJECTIVE_ENDINGS = {"ого", "его", "ому", "ему", "ом", "ем", "ым", "им", "ім", "ой", "ий", "ій", "ое", "ее", "ої"};

    /** A country adjective (or "federal") at token k. */
    static boolean isNationality(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        NameMatcher.Hit hit = hitAt.get(k);
        if (hit != null) return hit.name().kind() == NameKind.COUNTRY && hit.endToken() == k + 1 && adjective(p, k);
        return lexicon.at(p, k, BODY_QUALIFIER) != null;
    }

    /**
     * A state's name or capitalised adjective right before "embassy" names the embassy ("U.S. Embassy",
     * "Russische ambassade"), though before "government" it only describes it (a country mention).
     */
    private static boolean countryBeforeEmbassy(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        NameMatcher.Hit hit = hitAt.get(k);
        if (hit == null || hit.name().kind() != NameKind.COUNTRY || hit.endToken() >= p.tokens().size() || !p.joined(hit.endToken())) return false;
        Head head = headAt(p, hit.endToken(), lexicon);
        return head != null && head.kind().equals("EMBASSY");
    }

    private static int nextAfterNationality(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        NameMatcher.Hit hit = hitAt.get(k);
        return hit != null ? hit.endToken() : lexicon.at(p, k, BODY_QUALIFIER).endToken();
    }

    /**
     * A country's adjective rather than its name: lower case where adjectives are ("dänische",
     * "німецький", "néerlandais"), or an English demonym ("Dutch", "Russian": ending in -an, -ish,
     * -ch, -ese, -i).
     */
    private static boolean adjective(Passage p, int k) {
        Token t = p.tokens().get(k);
        if (!t.isCapitalised()) return true;
        if (p.language().equals("de")) return t.folded().endsWith("es"); // "Ukrainisches Außenministerium" opening a sentence
        // "Болгарский парламент", "Литовський парламент" opening a sentence, the head in lower case as Slavic writes it after
        // a nationality; inside a sentence, or before a capitalised word ("Українська Служба" of "BBC News Українська
        // Служба" at a line's start), the capital makes the adjective part of another name.
        if (p.ukrainianOrRussian()) {
            return !p.joined(k) && SLAVIC_DEMONYM.matcher(t.folded()).find() && k + 1 < p.tokens().size() && !p.tokens().get(k + 1).isCapitalised();
        }
        return OrganisationSpans.demonym(t, p.language());
    }

    /**
     * "ministère russe", "Parlement suédois", "ambassade russe": French puts the nationality that names a ministry,
     * a legislature or an embassy after the head, as English puts it before ("Russian ministry", batches 59, 61, 65
     * label them). A government or a leadership so described stays a country mention (docs/devset.md), and "chef
     * d'état-major belge" names a role: the labels of batches 61 and 63 leave the body out.
     */
    private static boolean frenchNationalityNames(Passage p, int k, int end, Head head, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.language().equals("fr") || !(head.kind().equals("MINISTRY") || head.namedByCountry()) || head.kind().equals("GOVERNMENT")) return false;
        if (k > 0 && p.tokens().get(k - 1).folded().equals("d") && p.joined(k)) return false;
        return frenchNationality(p, end, hitAt) > end;
    }

    /** "ministère de la Défense néerlandais": French puts the nationality after the name. */
    static int frenchNationality(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.language().equals("fr") || end >= p.tokens().size() || !p.joined(end)) return end;
        NameMatcher.Hit next = hitAt.get(end);
        return next != null && next.name().kind() == NameKind.COUNTRY && !p.tokens().get(end).isCapitalised() ? next.endToken() : end;
    }

    /**
     * "National Security and Defense Council of Ukraine", "Ministry of Defence of the Netherlands",
     * "ministère de la Défense de l'Ukraine": "of" (maybe with an article) and a country after a body's name.
     */
    static int ofCountry(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (end + 1 >= t.size() || !p.joined(end) || !p.joined(end + 1) || !COUNTRY_OF.contains(t.get(end).folded())) return end;
        int k = end + 1;
        // "of the Netherlands", "de l'Ukraine": an article no country's name begins with.
        if (!hitAt.containsKey(k) && COUNTRY_ARTICLES.contains(t.get(k).folded()) && k + 1 < t.size() && p.joined(k + 1)) k++;
        NameMatcher.Hit country = hitAt.get(k);
        return country != null && country.name().kind() == NameKind.COUNTRY && t.get(k).isCapitalised() ? country.endToken() : end;
    }
}
