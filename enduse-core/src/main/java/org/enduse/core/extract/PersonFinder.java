package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persons the dictionary need not know, in three ways. With a role or a form of address: "Belgian
 * Prime Minister Alexander De Croo", "premier Alexander De Croo", "міністр оборони Олексій
 * Резніков", "речник Пентагону Джон Кірбі" (the role's body may stand between), "Frau Amherd",
 * and "Mark Cancian, a senior adviser". By a given name the lexicon lists before a capitalised word:
 * "Caroline Gennez", "Олег Николенко", "Régis de Castelnau". The role comes from the lexicon, the
 * country from a country adjective just before it, the name from the capitalised words that follow
 * (or precede, before a comma). Later mentions of the surname alone ("Reznikov confirmed",
 * "Гагина") are the same person.
 */
final class PersonFinder {
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "ter", "ten", "bin", "al",
            "ван", "фон", "де", "дер");
    private static final int MAX_NAME_TOKENS = 4;
    /** How far after a role its holder's given name may stand: "речник Білого дому Карін Жан-П'єр". */
    private static final int ROLE_REACH = 4;

    /** A person found so far in the document, for surname matching. */
    record Known(String name, String role, String country, List<String> surnameFolded, List<String> surnameStems) {}

    private PersonFinder() {}

    static List<Mention> find(Passage p, Map<Integer, NameMatcher.Hit> namesAt, List<Known> known) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = p.tokens();
        for (Lexicon.Hit role : Lexicon.get().all(p, "role", "honorific")) {
            String roleName = role.cue().category().equals("honorific") ? null : role.cue().value();
            String country = countryBefore(p, role.startToken(), namesAt);
            int nameStart = role.endToken();
            // "minister obrony Ukrainy Ołeksij Reznikow": the role's country may stand between.
            NameMatcher.Hit of = namesAt.get(nameStart);
            if (of != null && of.name().kind() == NameKind.COUNTRY && p.joined(nameStart)) {
                if (country == null) country = of.name().country();
                nameStart = of.endToken();
            }
            int nameEnd = nameRun(p, nameStart, namesAt);
            // "речник Пентагону Джон Кірбі", "глава ДНР Ян Гагин": the body first, then the given name.
            int given = givenNameAfter(p, nameStart, namesAt);
            if (nameEnd - nameStart >= 1 && (p.joined(nameStart) || afterInitial(p, nameStart)) && !genitiveOfABody(p, nameStart, nameEnd)
                    && !(given > nameStart && given < nameEnd) && !acronym(t.get(nameStart)) && t.get(nameStart).text().length() > 1) {
                out.add(person(p, nameStart, nameEnd, roleName, country, known, 0.85));
                continue;
            }
            if (given >= 0) {
                // "спикер МИД Украины Олег Николенко": the holder speaks for the body's country.
                if (country == null) country = countryOfBody(nameStart, given, namesAt);
                out.add(person(p, given, nameRun(p, given, namesAt), roleName, country, known, 0.8));
                continue;
            }
            // "Mark Cancian, a senior adviser at ...": the name stands before a comma.
            int before = roleName == null ? -1 : appositiveStart(p, role.startToken());
            if (before >= 0) {
                int commaToken = before;
                int start = commaToken;
                while (start > 0 && commaToken - start < MAX_NAME_TOKENS && t.get(start - 1).isCapitalised() && p.joined(start)
                        && !namesAt.containsKey(start - 1)) {
                    start--;
                }
                if (commaToken - start >= 1) out.add(person(p, start, commaToken + 1, roleName, country, known, 0.75));
            }
        }
        for (Lexicon.Hit given : Lexicon.get().all(p, "firstname")) {
            int start = given.startToken();
            if (Mention.anyCovers(out, t.get(start).start()) || !givenName(p, start, namesAt)) continue;
            int end = nameRun(p, start, namesAt);
            // "Министерства иностранных дел Украины Олег Николенко": a name right after a body is its official.
            String country = start > 0 && p.joined(start) ? bodyEndingAt(start, namesAt) : null;
            if (end - start >= 2) out.add(person(p, start, end, null, country, known, 0.7));
        }
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isCapitalised() || Mention.anyCovers(out, t.get(i).start())) continue;
            for (int w = 0; w < known.size(); w++) { // indexed: asked at every capitalised word
                Known k = known.get(w);
                int n = k.surnameFolded().size();
                if (i + n > t.size()) continue;
                boolean same = true;
                for (int j = 0; j < n && same; j++) same = sameSurnameWord(p, t.get(i + j), k.surnameFolded().get(j), k.surnameStems().get(j));
                if (same) {
                    int end = t.get(i + n - 1).end();
                    out.add(new Mention(MentionKind.PERSON, p.between(t.get(i).start(), end), t.get(i).start(), end, null, k.name(),
                            null, k.country(), null, null, null, null, null, k.role(), 0.7));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The surname as written ("van Dam" also as "Van Dam"), or in Ukrainian and Russian declined:
     * "Гагина" after "Гагин", "Сомов" after "Сомовым" (the stem and at most a case ending).
     */
    private static boolean sameSurnameWord(Passage p, Token token, String surnameFolded, String surnameStem) {
        if (token.folded().equals(surnameFolded)) return true;
        if (!p.ukrainianOrRussian() || surnameStem.length() < 4) return false;
        return token.stem().equals(surnameStem)
                || (token.folded().startsWith(surnameStem) && token.folded().length() - surnameStem.length() <= MAX_CASE_ENDING);
    }

    private static final int MAX_CASE_ENDING = 3;

    /**
     * Token k is a capitalised given name of the lexicon, as listed or (a short word only so) declined
     * ("Олега", not "Нині" for "Нина"), and not the start of a country, organisation or equipment name
     * ("Frans" is also French) unless that name was read only through its stem ("Georges" is no Georgia).
     */
    static boolean givenName(Passage p, int k, Map<Integer, NameMatcher.Hit> namesAt) {
        Token token = p.tokens().get(k);
        if (!token.isCapitalised() || Lexicon.get().at(p, k, "firstname") == null) return false;
        if (Lexicon.get().word(token.folded(), p.language(), "firstname") == null && Lexicon.get().word(token.folded(), "xx", "firstname") == null
                && token.stem().length() < 4) {
            return false;
        }
        NameMatcher.Hit name = namesAt.get(k);
        return name == null || name.name().kind() == NameKind.PERSON || name.name().kind() == NameKind.PLACE
                || (name.name().kind() == NameKind.COUNTRY && !name.exactForm());
    }

    /**
     * The first token of a given name within ROLE_REACH words after a role, or -1. One comma may
     * stand before the name, after the role's body: "la vice-ministre ukrainienne de la Défense, Hanna ...".
     */
    private static int givenNameAfter(Passage p, int from, Map<Integer, NameMatcher.Hit> namesAt) {
        boolean comma = false;
        for (int k = from; k < Math.min(from + ROLE_REACH, p.tokens().size()); k++) {
            if (!p.joined(k)) {
                if (comma || k == from || !p.separatedBy(k, ",")) break;
                comma = true;
            }
            if (givenName(p, k, namesAt) && nameRun(p, k, namesAt) - k >= 2) return k;
        }
        return -1;
    }

    /** "PAC", "ДНР": capitals only, a body's or a system's abbreviation rather than a name. */
    private static boolean acronym(Token t) {
        String w = t.text();
        if (w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) if (Character.isLowerCase(w.charAt(i))) return false;
        return true;
    }

    /**
     * "речник Білого дому", "глава МИД": in Ukrainian and Russian the body a role belongs to follows
     * it in the genitive, a capitalised word and then a lower-case one, and is no name.
     */
    private static boolean genitiveOfABody(Passage p, int start, int end) {
        if (!p.ukrainianOrRussian() || end - start != 1 || end >= p.tokens().size() || !p.joined(end)) return false;
        Token next = p.tokens().get(end);
        return Character.isLowerCase(next.text().charAt(0)) && Lexicon.get().at(p, end, "speech", "statement") == null;
    }

    private static Mention person(Passage p, int start, int end, String role, String country, List<Known> known, double confidence) {
        List<Token> t = p.tokens();
        String name = p.span(start, end);
        // The surname is everything after the first given name, particles included ("De Croo").
        List<String> surname = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (int k = end - start > 1 ? start + 1 : start; k < end; k++) {
            surname.add(t.get(k).folded());
            stems.add(t.get(k).stem());
        }
        Known previous = Lists.first(known, k -> k.name().equals(name));
        if (previous == null) {
            known.add(new Known(name, role, country, surname, stems));
            // "Lars Løkke Rasmussen", "Троэльс Лунд Поульсен": a middle name is dropped later ("Rasmussen
            // said", "по словам Поульсена"); a particle is not ("van Dam" stays whole).
            if (surname.size() == 2 && !PARTICLES.contains(surname.get(0))) {
                known.add(new Known(name, role, country, surname.subList(1, 2), stems.subList(1, 2)));
            }
        } else if (country == null) {
            country = previous.country();
        }
        return new Mention(MentionKind.PERSON, name, t.get(start).start(), t.get(end - 1).end(), null, name, null, country,
                null, null, null, null, null, role, confidence);
    }

    /** The end (exclusive) of a run of capitalised words starting at k, particles and initials allowed inside. */
    private static int nameRun(Passage p, int k, Map<Integer, NameMatcher.Hit> namesAt) {
        List<Token> t = p.tokens();
        int end = k;
        while (end < t.size() && end - k < MAX_NAME_TOKENS && (end == k || p.joined(end) || afterInitial(p, end))) {
            Token token = t.get(end);
            NameMatcher.Hit name = namesAt.get(end);
            // A given name may also be a town ("Mark"): only countries (as written, not "Georges" for Géorgie),
            // organisations and equipment end a name.
            if (name != null && name.name().kind() != NameKind.PERSON && name.name().kind() != NameKind.PLACE
                    && name.name().kind() != NameKind.CAPITAL && (name.name().kind() != NameKind.COUNTRY || name.exactForm())) break;
            // Particles follow the given name ("Niels van Woensel", "Ursula von der Leyen"), not the surname ("Ollongren van Defensie").
            boolean particle = end > k && (end == k + 1 || PARTICLES.contains(t.get(end - 1).folded())) && PARTICLES.contains(token.folded())
                    && end + 1 < t.size() && t.get(end + 1).isCapitalised();
            if (!(token.isCapitalised() && Character.isLetter(token.text().charAt(0))) && !particle) break;
            // "Elke PAC": a name in capitals is all capitals ("FRIEDEMANN VOGEL").
            if (end > k && acronym(token) != acronym(t.get(k))) break;
            // The role's own lexicon words ("Minister"), months and the words of a body's name ("Democrats") are no part of a name,
            // unless a given name starts the run with it: "Jan" is a month's abbreviation too.
            if (Lexicon.get().at(p, end, "role", "honorific", "month", "weekday", "orgword") != null && !(end == k && givenName(p, k, namesAt))) break;
            end++;
        }
        return end;
    }

    /** "J. Stock", "Mr. Kirby": the dot of an initial or an abbreviated form of address stands inside a name. */
    private static boolean afterInitial(Passage p, int k) {
        if (k <= 0 || k >= p.tokens().size()) return false;
        Token before = p.tokens().get(k - 1);
        boolean abbreviation = before.text().length() == 1 || Lexicon.get().at(p, k - 1, "honorific", "role") != null;
        return abbreviation && before.isCapitalised() && p.textIs(before.end(), p.tokens().get(k).start(), ". ");
    }

    /** The token index of the last name word when "NAME, a|the ROLE" precedes the role, else -1. */
    private static int appositiveStart(Passage p, int roleToken) {
        List<Token> t = p.tokens();
        for (int back = 1; back <= 3 && roleToken - back >= 0; back++) {
            int k = roleToken - back;
            String gap = p.between(t.get(k).end(), t.get(k + 1).start());
            if (gap.contains(",")) return t.get(k).isCapitalised() ? k : -1;
        }
        return -1;
    }

    private static String countryBefore(Passage p, int roleToken, Map<Integer, NameMatcher.Hit> namesAt) {
        for (int back = 1; back <= 2 && roleToken - back >= 0; back++) {
            for (NameMatcher.Hit hit : namesAt.values()) {
                if (hit.endToken() == roleToken - back + 1 && hit.name().kind() == NameKind.COUNTRY) return hit.name().country();
            }
        }
        return null;
    }

    /** The country of the first body or country named in tokens [from, to), or null. */
    private static String countryOfBody(int from, int to, Map<Integer, NameMatcher.Hit> namesAt) {
        for (int k = from; k < to; k++) {
            NameMatcher.Hit hit = namesAt.get(k);
            if (hit != null && hit.endToken() <= to && hit.name().country() != null
                    && (hit.name().kind() == NameKind.ORGANIZATION || hit.name().kind() == NameKind.COUNTRY)) {
                return hit.name().country();
            }
        }
        return null;
    }

    /** The country of an organisation whose name ends just before token k, or null. */
    private static String bodyEndingAt(int k, Map<Integer, NameMatcher.Hit> namesAt) {
        for (NameMatcher.Hit hit : namesAt.values()) {
            if (hit.endToken() == k && hit.name().kind() == NameKind.ORGANIZATION) return hit.name().country();
        }
        return null;
    }
}
