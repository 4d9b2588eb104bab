package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * Organisations the dictionary need not know, by the shape of their names:
 * <ul>
 * <li>a government body named by its head noun and what qualifies it, by {@link GovernmentBodies};</li>
 * <li>capitalised words before a word of a body's name ("National Security Council", "Green party");</li>
 * <li>names with brackets, by {@link BracketedNames};</li>
 * <li>a company by its legal form ("Quantum Systems GmbH", "ТОВ «Ukrspecsystems»");</li>
 * <li>a news outlet after a medium's noun ("Dutch broadcaster RTL"), by {@link MediumNames};</li>
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

    /** Tokens [start, end) naming an organisation of the kind (null: the kind is not known). */
    private record Span(int start, int end, ActorKind kind) {}

    /** Asked at nearly every token; see {@link Categories}. */
    private static final Categories ORG_WORD = Lexicon.get().categories("orgword"), COMPANY_PREFIX = Lexicon.get().categories("companyprefix"),
            COMPANY_NOUN = Lexicon.get().categories("companynoun"), COMPANY_SUFFIX = Lexicon.get().categories("companysuffix"),
            UNIT_NOUN = Lexicon.get().categories("unitnoun"), BODY_NAME = Lexicon.get().categories("bodyname");
    /** The company-noun category's value for a company's noun; its other values are a medium's ({@link MediumNames}). */
    private static final String COMPANY = "company";

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
            int bodyEnd = GovernmentBodies.end(p, i, hitAt, lexicon);
            Span span = bodyEnd < 0 ? null : new Span(i, bodyEnd, ActorKind.GOVERNMENT_BODY);
            if (span == null) span = namedBeforeHead(p, i, hitAt, lexicon);
            if (span == null) span = medium(p, i, hitAt, lexicon);
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
            Lexicon.Hit word = lexicon.at(p, k, ORG_WORD);
            // The head as listed and capitalised ("Council", not "companies" or "news"), a party also in lower case ("Green party").
            boolean head = word != null && lexicon.word(t.get(k).folded(), p.language(), "orgword") != null
                    && (t.get(k).isCapitalised() || word.cue().value().equals("party"));
            if (head && k > i && !(first != null && k == i + 1)) {
                ActorKind kind = word.cue().value().equals("party") ? ActorKind.POLITICAL_PARTY : null;
                int headEnd = lastHead(p, word.endToken(), hitAt, lexicon);
                // "State Secretariat for Economic Affairs", "Council of Ukraine": what the body is of.
                int end = Math.max(headEnd, GovernmentBodies.namedAfterHead(p, k, hitAt, lexicon));
                if (end == headEnd && !hitAt.containsKey(end)) end = GovernmentBodies.ofCountry(p, end, hitAt);
                // A line of nothing but capitalised words is a heading in title case ("Related News"), not a name.
                if (i == 0 && end == t.size()) return null;
                return new Span(i, end, kind);
            }
            if (!t.get(k).isCapitalised() || hitAt.containsKey(k) || t.get(k).isNumeric()) return null;
            k++;
        }
        return null;
    }

    /**
     * "Daily Caller News Foundation": a capitalised head word right after another head is still the
     * name (the foundation of the news site), not a second body.
     */
    private static int lastHead(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        while (end < t.size() && p.joined(end) && t.get(end).isCapitalised() && !hitAt.containsKey(end)
                && lexicon.word(t.get(end).folded(), p.language(), "orgword") != null) {
            Lexicon.Hit next = lexicon.at(p, end, ORG_WORD);
            if (next == null) break;
            end = next.endToken();
        }
        return end;
    }

    private static Span medium(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        int[] name = MediumNames.after(p, i, hitAt, lexicon);
        return name == null ? null : new Span(name[0], name[1], ActorKind.MEDIA_OUTLET);
    }

    /** "Quantum Systems GmbH", "ТОВ «Ukrspecsystems»": a company by its legal form after or before the name. */
    private static Span company(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        Lexicon.Hit prefix = t.get(i).isCapitalised() ? lexicon.at(p, i, COMPANY_PREFIX) : null;
        if (prefix != null && prefix.endToken() < t.size() && quotedOrCapitalised(p, prefix.endToken())) {
            int end = capitalisedRun(p, prefix.endToken(), hitAt);
            if (end > prefix.endToken()) return new Span(i, end, ActorKind.COMPANY);
        }
        // "la société OIP", "the manufacturer Quantum Systems": a company's generic noun, then its name.
        Lexicon.Hit noun = Character.isLowerCase(t.get(i).text().charAt(0)) || p.language().equals("de") ? lexicon.at(p, i, COMPANY_NOUN) : null;
        if (noun != null && noun.cue().value().equals(COMPANY) && noun.endToken() < t.size() && quotedOrCapitalised(p, noun.endToken()) && !hitAt.containsKey(noun.endToken())
                && (p.joined(noun.endToken()) || opensQuote(p, noun.endToken()))) {
            int end = capitalisedRun(p, noun.endToken(), hitAt);
            if (end > noun.endToken()) return new Span(noun.endToken(), end, ActorKind.COMPANY);
        }
        if (!t.get(i).isCapitalised() || hitAt.containsKey(i)) return null;
        // The legal form is capitalised too ("Ruag AG", "Sage Consultants AD"): the name ends at the first
        // form inside the run of capitalised words, or at one right after it.
        int end = capitalisedRun(p, i, hitAt);
        // An article or a company's generic noun opening a sentence, or any German noun, is capitalised too:
        // "Die Ruag AG", "Компания Sage Consultants AD", "das Vermittlungsunternehmen Sage Consultants AD".
        int start = ARTICLES.contains(t.get(i).folded()) ? i + 1 : i;
        if (start < end && genericCompanyNoun(p, start, lexicon)) start++;
        for (int k = start + 1; k <= end && k < t.size(); k++) {
            if (k == end && !p.joined(k)) break;
            Lexicon.Hit suffix = t.get(k).isCapitalised() ? lexicon.at(p, k, COMPANY_SUFFIX) : null;
            if (suffix != null) return new Span(start, suffix.endToken(), ActorKind.COMPANY);
        }
        return null;
    }

    /** A company's generic noun, in German also a compound ending in one ("Компания", "Vermittlungsunternehmen"). */
    private static boolean genericCompanyNoun(Passage p, int i, Lexicon lexicon) {
        String w = p.tokens().get(i).folded();
        Cue noun = lexicon.word(w, p.language(), "companynoun");
        if (noun != null) return noun.value().equals(COMPANY);
        return p.language().equals("de") && lexicon.compoundTail(w, "de", "companynoun", 1, 5, cue -> cue.value().equals(COMPANY)) != null;
    }

    /** "Karpatische Sich-bataljon", "Azov Brigade", "бригада «Азов»": a unit by its name. */
    private static Span namedUnit(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        Lexicon.Hit noun = lexicon.at(p, i, UNIT_NOUN);
        if (noun != null && noun.endToken() < t.size() && opensQuote(p, noun.endToken())) {
            // "группировки войск «Север»": the name in quotes is the unit's name.
            int end = capitalisedRun(p, noun.endToken(), hitAt);
            if (end > noun.endToken()) return new Span(noun.endToken(), end, ActorKind.UNIT);
        }
        // A unit may be named after a place ("Dnepr group of forces", "Kharkiv brigade").
        if (!t.get(i).isCapitalised() || !placeOrNothing(hitAt.get(i)) || i == 0 || !p.joined(i) || t.get(i).isNumeric()) return null;
        int k = i;
        while (k < t.size() && k < i + 3 && (k == i || p.joined(k)) && t.get(k).isCapitalised() && placeOrNothing(hitAt.get(k))) {
            if (k > i && lexicon.at(p, k, UNIT_NOUN) != null) break;
            k++;
        }
        if (k == i || k >= t.size() || !p.joined(k)) return null;
        Lexicon.Hit after = lexicon.at(p, k, UNIT_NOUN);
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
        if (!t.get(i).isCapitalised() || lexicon.at(p, i, BODY_NAME) == null || insideBrackets(p, t.get(i).start())) return null;
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
            if (reach == 3 && GovernmentBodies.isNationality(p, i - back, hitAt, lexicon)) reach++;
            Lexicon.Hit before = lexicon.at(p, i - back, "role", "bodyhead");
            if (before != null && (before.cue().category().equals("bodyhead") || ministerial(before))) return null;
        }
        return new Span(i, GovernmentBodies.frenchNationality(p, i + 1, hitAt), ActorKind.GOVERNMENT_BODY); // "la Défense belge"
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
    static boolean opensQuote(Passage p, int k) {
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
        // Indexed: asked at every token of every sentence, over every mention found; its two iterators
        // per token were the largest single site of what extraction allocated.
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != MentionKind.COUNTRY && m.overlaps(token.start(), token.end())) return true;
        }
        for (int i = 0; i < out.size(); i++) if (out.get(i).overlaps(token.start(), token.end())) return true;
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
