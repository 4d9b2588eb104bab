package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * Organisations the dictionary need not know, by the shape of their names:
 * <ul>
 * <li>a government body named by its head noun and what qualifies it: a nationality ("dänische
 * Verteidigungsministerium", "Dutch defence ministry", "німецький уряд", "federale regering"), its
 * portfolio ("Ministry of Defense", "ministerie van Defensie", "ministère de la Défense
 * néerlandais", "Міністерство оборони США", "Verteidigungsministerium"); an embassy by its state
 * ("Russische ambassade", "посольство США"); a bare "the government" or "the embassy" names nothing,
 * and a government described only by its state ("German government", "правительство Германии",
 * "the Government of Russia") is a mention of the country (docs/devset.md);</li>
 * <li>capitalised words before a word of a body's name ("National Security Council", "Green party");</li>
 * <li>names with brackets, by {@link BracketedNames};</li>
 * <li>a company by its legal form ("Quantum Systems GmbH", "ТОВ «Ukrspecsystems»");</li>
 * <li>a named unit ("Karpatische Sich-bataljon", "бригада «Азов»");</li>
 * <li>Dutch "Defensie" and French "la Défense" standing alone for the defence department, with a French
 * nationality after it ("la Défense belge").</li>
 * </ul>
 */
final class OrganisationFinder {
    /** Capitalised words of a name before its head word, or of a name before its abbreviation. */
    static final int MAX_NAME_WORDS = 6;
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "van", "voor", "de", "het", "en", "der", "des", "du",
            "la", "le", "les", "l", "d", "et", "pour", "für", "und", "von", "zur", "zum");
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "de", "het", "een", "la", "le", "les", "l", "un", "une", "die", "der", "das",
            "den", "dem", "ein", "eine", "our", "onze", "notre", "unsere");
    /** "Reznikov van Defensie": the department a person is minister of. */
    private static final Set<String> PORTFOLIO_OF = Set.of("van", "voor", "of");
    /** Languages whose bodies put their capitalised name words before the head ("Federal Security Service"). */
    private static final Set<String> NAMED_BEFORE_HEAD_LANGUAGES = Set.of("en", "nl", "de");

    /** Endings of French adjectives after a lower-case portfolio noun ("affaires étrangères", "forces armées"). */
    private static final List<String> FRENCH_ADJECTIVE_ENDINGS = List.of("ere", "eres", "ale", "ales", "aux", "ee", "ees", "es", "ique", "iques",
            "elle", "elles", "iere", "ieres", "aine", "aines");
    /** "Ministry of Defence of Ukraine", "Ministerie van Defensie van Oekraïne": the word before a body's country. */
    private static final Set<String> COUNTRY_OF = Set.of("of", "van", "der", "des");
    /** Ukrainian and Russian vowels, lower case. */
    private static final String SLAVIC_VOWELS = "аеиіїоуыюяєэё";
    /** Tokens [start, end) naming an organisation of the kind (null: the kind is not known). */
    private record Span(int start, int end, ActorKind kind) {}

    private OrganisationFinder() {}

    static List<Mention> find(Passage p, Map<Integer, NameMatcher.Hit> hitAt, List<Mention> found, BracketedNames.Abbreviations abbreviations) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = p.tokens();
        Lexicon lexicon = Lexicon.get();
        for (int i = 0; i < t.size(); i++) {
            if (taken(found, out, t.get(i))) {
                // A unit may be named after a place the gazetteer found: "the Dnepr group of forces".
                Span unit = placeAt(found, t.get(i)) ? namedUnit(p, i, hitAt, lexicon) : null;
                if (unit != null) {
                    out.add(org(p, unit.start(), unit.end(), ActorKind.UNIT));
                    i = unit.end() - 1;
                }
                continue;
            }
            Span span = body(p, i, hitAt, lexicon);
            if (span == null) span = namedBeforeHead(p, i, hitAt, lexicon);
            if (span == null) span = company(p, i, hitAt, lexicon);
            if (span == null) span = namedUnit(p, i, hitAt, lexicon);
            if (span == null) span = standingAloneForDefence(p, i, hitAt, lexicon);
            if (span == null) continue;
            if (overlapsOther(found, t.get(span.start()).start(), t.get(span.end() - 1).end(), span.kind() == ActorKind.UNIT)) continue;
            out.add(org(p, span.start(), span.end(), span.kind()));
            i = span.end() - 1;
        }
        BracketedNames.find(p, hitAt, found, out, abbreviations);
        return out;
    }

    /** The government body starting at token i (its qualifier first), as [start, end), or null. */
    private static Span body(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
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
            if (k >= t.size() || !p.joined(k)) return null;
        } else if (hitAt.containsKey(i)) {
            return null;
        }
        Head head = headAt(p, k, lexicon);
        if (head == null) return null;
        int end = head.end;
        int complement = complement(p, end, head, hitAt, lexicon);
        boolean named = head.compound || head.kind.equals("NAMED") || complement > end;
        if (!nationality && !named) return null;
        // "российском военном ведомстве" describes; "німецький уряд", "російське Міноборони" name.
        boolean cyrillic = p.ukrainianOrRussian();
        if (cyrillic && !named && !head.capitalised && !head.namedByCountry()) return null;
        if (head.namedByCountry() && !nationality && complement == end) return null;
        // "the German government", "бельгийское правительство": a government described only by its
        // nationality is a mention of the country, no organisation (docs/devset.md, labelling rules).
        // So is one described only by the state after it ("the Government of Russia", "уряд Німеччини").
        if (head.kind.equals("GOVERNMENT") && complement == end && hitAt.containsKey(start)) return null;
        if (head.kind.equals("GOVERNMENT") && start == k && onlyCountry(p, end, complement, hitAt)) return null;
        end = Math.max(end, complement);
        end = frenchNationality(p, end, hitAt);
        return new Span(start, end, ActorKind.GOVERNMENT_BODY);
    }

    private record Head(int end, String kind, boolean capitalised, boolean compound) {
        /** A government or an embassy is named by its state alone: "German government", "посольство США". */
        boolean namedByCountry() {
            return kind.equals("GOVERNMENT") || kind.equals("EMBASSY");
        }
    }

    /** A body's head word at token k ("ministry", "Ministerium", "уряду", "Verteidigungsministerium"), or null. */
    private static Head headAt(Passage p, int k, Lexicon lexicon) {
        if (k >= p.tokens().size()) return null;
        Token token = p.tokens().get(k);
        Lexicon.Hit hit = lexicon.at(p, k, "bodyhead");
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
                && lexicon.at(p, k, "speech", "statement", "transfer", "sighting", "inquiry", "to", "loc", "attribution") == null) {
            // "commission des affaires étrangères", "direction des forces armées": the portfolio's adjective.
            end = frenchAdjective(p, k + 1, hitAt);
        }
        return end == k ? from : end;
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
                && lexicon.at(p, k, "bodyhead", "speech", "statement", "transfer", "sighting", "to", "loc", "attribution") == null) k++;
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

    /** A country adjective (or "federal") at token k. */
    private static boolean isNationality(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        NameMatcher.Hit hit = hitAt.get(k);
        if (hit != null) return hit.name().kind() == NameKind.COUNTRY && hit.endToken() == k + 1 && adjective(p.tokens().get(k), p.language());
        return lexicon.at(p, k, "bodyqualifier") != null;
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
        return hit != null ? hit.endToken() : lexicon.at(p, k, "bodyqualifier").endToken();
    }

    /**
     * A country's adjective rather than its name: lower case where adjectives are ("dänische",
     * "німецький", "néerlandais"), or an English demonym ("Dutch", "Russian": ending in -an, -ish,
     * -ch, -ese, -i).
     */
    private static boolean adjective(Token t, String language) {
        if (!t.isCapitalised()) return true;
        if (language.equals("de")) return t.folded().endsWith("es"); // "Ukrainisches Außenministerium" opening a sentence
        return OrganisationSpans.demonym(t, language);
    }

    /** "ministère de la Défense néerlandais": French puts the nationality after the name. */
    private static int frenchNationality(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.language().equals("fr") || end >= p.tokens().size() || !p.joined(end)) return end;
        NameMatcher.Hit next = hitAt.get(end);
        return next != null && next.name().kind() == NameKind.COUNTRY && !p.tokens().get(end).isCapitalised() ? next.endToken() : end;
    }

    /** "National Security Council", "Green party": capitalised words, then a word of a body's name. */
    private static Span namedBeforeHead(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (!t.get(i).isCapitalised() || ARTICLES.contains(t.get(i).folded()) || !NAMED_BEFORE_HEAD_LANGUAGES.contains(p.language())) return null;
        // The first word may be a nationality: "Nederlandse Officieren Vereniging", "Russian Defense Ministry".
        NameMatcher.Hit first = hitAt.get(i);
        if (first != null && !(first.name().kind() == NameKind.COUNTRY && first.endToken() == i + 1)) return null;
        int k = first == null ? i : i + 1;
        if (k > i && (k >= t.size() || !p.joined(k) || !t.get(k).isCapitalised() || hitAt.containsKey(k))) return null;
        while (k < t.size() && k < i + MAX_NAME_WORDS && (k == i || p.joined(k))) {
            // "National Security and Defense Council": a connector between capitalised words; an article only after
            // another connector ("Council of the ..."): "Now the Ministry" opens a sentence, it names nothing.
            if (k > i && CONNECTORS.contains(t.get(k).folded()) && !t.get(k).isCapitalised() && k + 1 < t.size() && p.joined(k + 1)
                    && t.get(k + 1).isCapitalised() && (!ARTICLES.contains(t.get(k).folded()) || CONNECTORS.contains(t.get(k - 1).folded()))) {
                k++;
                continue;
            }
            Lexicon.Hit word = lexicon.at(p, k, "orgword");
            // The head as listed and capitalised ("Council", not "companies" or "news"), a party also in lower case ("Green party").
            boolean head = word != null && lexicon.word(t.get(k).folded(), p.language(), "orgword") != null
                    && (t.get(k).isCapitalised() || word.cue().value().equals("party"));
            if (head && k > i && !(first != null && k == i + 1)) {
                ActorKind kind = word.cue().value().equals("party") ? ActorKind.POLITICAL_PARTY : null;
                // "State Secretariat for Economic Affairs", "Council of Ukraine": what the body is of.
                Head body = headAt(p, k, lexicon);
                int end = body == null ? word.endToken() : Math.max(word.endToken(), complement(p, body.end(), body, hitAt, lexicon));
                if (end == word.endToken() && !hitAt.containsKey(end)) end = ofCountry(p, end, hitAt);
                // A line of nothing but capitalised words is a heading in title case ("Related News"), not a name.
                if (i == 0 && end == t.size()) return null;
                return new Span(i, end, kind);
            }
            if (!t.get(k).isCapitalised() || hitAt.containsKey(k) || t.get(k).isNumeric()) return null;
            k++;
        }
        return null;
    }

    /** "National Security and Defense Council of Ukraine": "of" and a country after a body's name. */
    private static int ofCountry(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (end + 1 >= t.size() || !p.joined(end) || !p.joined(end + 1) || !COUNTRY_OF.contains(t.get(end).folded())) return end;
        NameMatcher.Hit country = hitAt.get(end + 1);
        return country != null && country.name().kind() == NameKind.COUNTRY && t.get(end + 1).isCapitalised() ? country.endToken() : end;
    }

    /** "Quantum Systems GmbH", "ТОВ «Ukrspecsystems»": a company by its legal form after or before the name. */
    private static Span company(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        Lexicon.Hit prefix = t.get(i).isCapitalised() ? lexicon.at(p, i, "companyprefix") : null;
        if (prefix != null && prefix.endToken() < t.size() && quotedOrCapitalised(p, prefix.endToken())) {
            int end = capitalisedRun(p, prefix.endToken(), hitAt);
            if (end > prefix.endToken()) return new Span(i, end, ActorKind.COMPANY);
        }
        // "la société OIP", "the manufacturer Quantum Systems": a company's generic noun, then its name.
        Lexicon.Hit noun = Character.isLowerCase(t.get(i).text().charAt(0)) || p.language().equals("de") ? lexicon.at(p, i, "companynoun") : null;
        if (noun != null && noun.endToken() < t.size() && quotedOrCapitalised(p, noun.endToken()) && !hitAt.containsKey(noun.endToken())
                && (p.joined(noun.endToken()) || opensQuote(p, noun.endToken()))) {
            int end = capitalisedRun(p, noun.endToken(), hitAt);
            if (end > noun.endToken()) return new Span(noun.endToken(), end, ActorKind.COMPANY);
        }
        if (!t.get(i).isCapitalised() || hitAt.containsKey(i)) return null;
        int end = capitalisedRun(p, i, hitAt);
        Lexicon.Hit suffix = end < t.size() && p.joined(end) && t.get(end).isCapitalised() ? lexicon.at(p, end, "companysuffix") : null;
        if (suffix != null) {
            return new Span(i, suffix.endToken(), ActorKind.COMPANY);
        }
        return null;
    }

    /** "Karpatische Sich-bataljon", "Azov Brigade", "бригада «Азов»": a unit by its name. */
    private static Span namedUnit(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        Lexicon.Hit noun = lexicon.at(p, i, "unitnoun");
        if (noun != null && noun.endToken() < t.size() && opensQuote(p, noun.endToken())) {
            // "группировки войск «Север»": the name in quotes is the unit's name.
            int end = capitalisedRun(p, noun.endToken(), hitAt);
            if (end > noun.endToken()) return new Span(noun.endToken(), end, ActorKind.UNIT);
        }
        // A unit may be named after a place ("Dnepr group of forces", "Kharkiv brigade").
        if (!t.get(i).isCapitalised() || !placeOrNothing(hitAt.get(i)) || i == 0 || !p.joined(i) || t.get(i).isNumeric()) return null;
        int k = i;
        while (k < t.size() && k < i + 3 && (k == i || p.joined(k)) && t.get(k).isCapitalised() && placeOrNothing(hitAt.get(k))) {
            if (k > i && lexicon.at(p, k, "unitnoun") != null) break;
            k++;
        }
        if (k == i || k >= t.size() || !p.joined(k)) return null;
        Lexicon.Hit after = lexicon.at(p, k, "unitnoun");
        if (after != null) return new Span(i, after.endToken(), ActorKind.UNIT);
        return null;
    }

    private static boolean placeOrNothing(NameMatcher.Hit hit) {
        return hit == null || hit.name().kind() == NameKind.PLACE;
    }

    /**
     * Dutch "Defensie", French "la Défense" for the defence department; not a portfolio: "minister van
     * Defensie", "Reznikov van Defensie", "(D66, Defensie)".
     */
    private static Span standingAloneForDefence(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        if (!t.get(i).isCapitalised() || lexicon.at(p, i, "bodyname") == null || insideBrackets(p, t.get(i).start())) return null;
        // "Ollongren van Defensie", "staatssecretaris van Defensie" name a portfolio; "een woordvoerder van
        // Defensie", "stocks van Defensie" the department.
        if (i > 1 && PORTFOLIO_OF.contains(t.get(i - 1).text()) && (t.get(i - 2).isCapitalised() || ministerial(lexicon.at(p, i - 2, "role")))) {
            return null;
        }
        // A nationality between the role and its portfolio does not count: "la vice-ministre ukrainienne de la Défense".
        for (int back = 1, reach = 3; back <= reach && i - back >= 0; back++) {
            // Not across a sentence's end: "...a convoqué l'ambassadeur. Selon la Défense".
            String gap = p.between(t.get(i - back).end(), t.get(i - back + 1).start());
            if (gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0) break;
            if (reach == 3 && isNationality(p, i - back, hitAt, lexicon)) reach++;
            Lexicon.Hit before = lexicon.at(p, i - back, "role", "bodyhead");
            if (before != null && (before.cue().category().equals("bodyhead") || ministerial(before))) return null;
        }
        return new Span(i, frenchNationality(p, i + 1, hitAt), ActorKind.GOVERNMENT_BODY); // "la Défense belge"
    }

    /** A minister's or a state secretary's title: the department after it is their portfolio. */
    private static boolean ministerial(Lexicon.Hit role) {
        return role != null && role.cue().category().equals("role") && (role.cue().value().contains("minister") || role.cue().value().startsWith("secretary"));
    }

    /** An opening bracket before the position, within the forty characters before it, not closed since. */
    private static boolean insideBrackets(Passage p, int pos) {
        for (int c = pos - 1; c >= Math.max(p.start(), pos - 40); c--) {
            char ch = p.text().charAt(c);
            if (ch == ')') return false;
            if (ch == '(') return true;
        }
        return false;
    }

    private static boolean quotedOrCapitalised(Passage p, int k) {
        return opensQuote(p, k) || p.tokens().get(k).isCapitalised();
    }

    /** Only a space and an opening quote stand before token k: "бригада «Азов»", "ТОВ «Ukrspecsystems»". */
    private static boolean opensQuote(Passage p, int k) {
        if (k <= 0) return false;
        String gap = p.between(p.tokens().get(k - 1).end(), p.tokens().get(k).start()).strip();
        return gap.length() == 1 && NameEnds.OPENING.indexOf(gap.charAt(0)) >= 0;
    }

    /** The end of capitalised words (or words in quotes) from token k, at most MAX_NAME_WORDS. */
    private static int capitalisedRun(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        int end = k;
        while (end < t.size() && end < k + MAX_NAME_WORDS && (end == k || p.joined(end)) && t.get(end).isCapitalised()
                && (end == k || !hitAt.containsKey(end))) end++;
        return end;
    }

    private static boolean placeAt(List<Mention> found, Token token) {
        for (Mention m : found) if (m.kind() == MentionKind.PLACE && m.overlaps(token.start(), token.end())) return true;
        return false;
    }

    static boolean taken(List<Mention> found, List<Mention> out, Token token) {
        for (Mention m : found) if (m.kind() != MentionKind.COUNTRY && m.overlaps(token.start(), token.end())) return true;
        for (Mention m : out) if (m.overlaps(token.start(), token.end())) return true;
        return false;
    }

    /**
     * Overlaps a mention other than a country (a nationality or country inside a body's name is part of
     * it) or, for a unit, a place it is named after.
     */
    static boolean overlapsOther(List<Mention> found, int start, int end, boolean unit) {
        for (Mention m : found) {
            if (m.kind() != MentionKind.COUNTRY && !(unit && m.kind() == MentionKind.PLACE) && m.overlaps(start, end)) return true;
        }
        return false;
    }

    static Mention org(Passage p, int start, int end, ActorKind kind) {
        int s = p.tokens().get(start).start();
        int e = NameEnds.end(p, s, p.tokens().get(end - 1).end());
        String text = p.between(s, e);
        return new Mention(MentionKind.ORGANIZATION, text, s, e, null, text, null, null, null, null, null, null, null, null, 0.6, kind);
    }
}
