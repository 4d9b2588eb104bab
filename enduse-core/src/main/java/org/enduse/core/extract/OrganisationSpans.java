package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * The span of an organisation's name as the labelling rules want it, from the dictionary's hit:
 * without a leading article ("the Kremlin" gives "Kremlin"; a newspaper keeps its own, "The
 * Washington Post") or a medium's generic noun ("agence Belga", "телеканала «Звезда»"), with the
 * nationality a government body or force is described by ("russischen Verteidigungsministeriums",
 * "українських Повітряних сил", "російське Міноборони") and with a suffix glued by a hyphen
 * ("dpa-AFX", "Інтерфакс-Україна").
 */
final class OrganisationSpans {
    private static final Set<String> ARTICLES = Set.of("the", "de", "het", "la", "le", "les", "l", "die", "der", "das", "den", "dem");

    /** German and Dutch nouns, as folded, that end a compound naming a body: a parliamentary group, a school, an academy. */
    private static final Set<String> BODY_TAILS = Set.of("fraktion", "fractie", "schule", "akademie", "academie");

    private static final Categories COMPANY_SUFFIX = Lexicon.get().categories("companysuffix");

    private OrganisationSpans() {}

    static List<NameMatcher.Hit> shape(Passage p, List<NameMatcher.Hit> hits, NameMatcher names) {
        List<NameMatcher.Hit> out = new ArrayList<>(hits.size());
        for (NameMatcher.Hit hit : hits) {
            NameMatcher.Hit previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && nationalityAfter(p, previous, hit)) {
                out.set(out.size() - 1, new NameMatcher.Hit(previous.startToken(), hit.endToken(), previous.name(), previous.alternatives(), previous.exactForm()));
                continue;
            }
            if (hit.name().kind() != NameKind.ORGANIZATION) {
                out.add(hit);
                continue;
            }
            NameMatcher.Hit shaped = withLegalForm(p, withSuffix(p, trimmed(p, beforeBracket(p, hit), names)));
            if (previous != null && describedBy(p, previous, shaped)) {
                out.set(out.size() - 1, new NameMatcher.Hit(previous.startToken(), shaped.endToken(), shaped.name(), shaped.alternatives(), shaped.exactForm()));
            } else {
                out.add(shaped);
            }
        }
        return out;
    }

    private static NameMatcher.Hit trimmed(Passage p, NameMatcher.Hit hit, NameMatcher names) {
        if (hit.endToken() - hit.startToken() < 2) return hit;
        Token first = p.tokens().get(hit.startToken());
        boolean media = hit.name().actorKind() == ActorKind.MEDIA_OUTLET;
        // A newspaper's or a party's article is its own ("The Washington Post", "Les Engagés", "Die Linke").
        boolean article = ARTICLES.contains(first.folded()) && !media && hit.name().actorKind() != ActorKind.POLITICAL_PARTY
                && p.tokens().get(hit.startToken() + 1).isCapitalised();
        boolean generic = media && Character.isLowerCase(first.text().charAt(0));
        // The medium's name after its noun is the one in quotes ("телеканалу "Россия-24""), even where the
        // dictionary knows it only with its noun (the bare "Россия 24" would read "Россия 24 февраля").
        boolean quoted = generic && OrganisationFinder.opensQuote(p, hit.startToken() + 1);
        if (article || (generic && (quoted || EquipmentSpans.sameEntry(p, hit.startToken() + 1, hit.endToken(), hit, names)))) {
            return new NameMatcher.Hit(hit.startToken() + 1, hit.endToken(), hit.name(), hit.alternatives(), hit.exactForm());
        }
        return hit;
    }

    /**
     * "Міністерства оборони (США – ред.)": a name ends where a bracket opens; the dictionary's match
     * reads across punctuation, the name as written does not.
     */
    private static NameMatcher.Hit beforeBracket(Passage p, NameMatcher.Hit hit) {
        List<Token> t = p.tokens();
        for (int k = hit.startToken() + 1; k < hit.endToken(); k++) {
            if (p.between(t.get(k - 1).end(), t.get(k).start()).indexOf('(') >= 0) {
                return new NameMatcher.Hit(hit.startToken(), k, hit.name(), hit.alternatives(), hit.exactForm());
            }
        }
        return hit;
    }

    /**
     * "la Défense russe", "ministère des Armées français": French puts a body's nationality after its
     * name, in lower case; it is part of the name as the nationality before it is elsewhere (docs/devset.md).
     */
    private static boolean nationalityAfter(Passage p, NameMatcher.Hit org, NameMatcher.Hit adjective) {
        if (!p.language().equals("fr") || org.name().kind() != NameKind.ORGANIZATION) return false;
        // A force only by its proper name ("la Défense belge"); "l'armée ukrainienne" is the country's adjective.
        ActorKind kind = org.name().actorKind();
        boolean named = kind == ActorKind.ARMED_FORCE && p.tokens().get(org.startToken()).isCapitalised();
        if (kind != ActorKind.GOVERNMENT_BODY && !named) return false;
        if (adjective.name().kind() != NameKind.COUNTRY || adjective.startToken() != org.endToken() || adjective.endToken() - adjective.startToken() != 1
                || !p.joined(adjective.startToken())) return false;
        return Character.isLowerCase(p.tokens().get(adjective.startToken()).text().charAt(0));
    }

    /**
     * "dpa-AFX", "Інтерфакс-Україна": an abbreviation or a country glued on by a hyphen is part of the name;
     * so is a body's noun that makes the compound a body of its own ("AfD-Bundestagsfraktion", "EVP-fractie",
     * "Bundeswehr-Artillerieschule"), where another noun leaves the name alone ("NAVO-landen", "SPD-Fraktionschef").
     */
    private static NameMatcher.Hit withSuffix(Passage p, NameMatcher.Hit hit) {
        int k = hit.endToken();
        List<Token> t = p.tokens();
        if (k >= t.size() || t.get(k).start() != t.get(k - 1).end() + 1 || p.text().charAt(t.get(k).start() - 1) != '-') return hit;
        String w = t.get(k).text();
        boolean capitals = w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0));
        boolean country = hit.name().actorKind() == ActorKind.MEDIA_OUTLET && t.get(k).isCapitalised() && (k + 1 >= t.size() || !p.joined(k + 1));
        boolean body = BODY_TAILS.stream().anyMatch(t.get(k).folded()::endsWith);
        return capitals || country || body ? new NameMatcher.Hit(hit.startToken(), k + 1, hit.name(), hit.alternatives(), hit.exactForm()) : hit;
    }

    /** "Rheinmetall AG", "Ruag AG": a company's legal form after its known name is part of the name as written. */
    private static NameMatcher.Hit withLegalForm(Passage p, NameMatcher.Hit hit) {
        int k = hit.endToken();
        if (hit.name().actorKind() != ActorKind.COMPANY || k >= p.tokens().size() || !p.joined(k) || !p.tokens().get(k).isCapitalised()) return hit;
        Lexicon.Hit form = Lexicon.get().at(p, k, COMPANY_SUFFIX);
        return form == null ? hit : new NameMatcher.Hit(hit.startToken(), form.endToken(), hit.name(), hit.alternatives(), hit.exactForm());
    }

    /**
     * A country adjective right before a government body, or a lower-case one before a force or body
     * named with capitals: one organisation, the nationality inside its name. English also puts the
     * state's own name there ("U.S. Defense Department", "United States Department of Defense").
     */
    private static boolean describedBy(Passage p, NameMatcher.Hit adjective, NameMatcher.Hit org) {
        if (adjective.name().kind() != NameKind.COUNTRY || adjective.endToken() != org.startToken()) return false;
        ActorKind kind = org.name().actorKind();
        if (kind == ActorKind.GOVERNMENT_BODY && stateNamedBefore(p, adjective, org)) return true;
        if (adjective.endToken() - adjective.startToken() != 1 || !p.joined(org.startToken())) return false;
        Token word = p.tokens().get(adjective.startToken());
        boolean lowerCase = Character.isLowerCase(word.text().charAt(0));
        boolean namedWithCapitals = p.tokens().get(org.startToken()).isCapitalised();
        if (kind == ActorKind.GOVERNMENT_BODY) return lowerCase || demonym(word, p.language());
        return kind == ActorKind.ARMED_FORCE && lowerCase && namedWithCapitals;
    }

    /**
     * "U.S. Department of State", "United States Department of Defense": in English a state's name, written
     * with capitals, before a body named with capitals is part of the body's name (batches 58 and 62 label
     * it so four times); a lower-case body ("U.S. officials") names none, and an abbreviation stands alone
     * ("US DoD" is labelled the state and "DoD", batch 62), the state a country mention then.
     */
    private static boolean stateNamedBefore(Passage p, NameMatcher.Hit state, NameMatcher.Hit body) {
        List<Token> t = p.tokens();
        if (!p.language().equals("en") || !t.get(state.startToken()).isCapitalised() || !t.get(body.startToken()).isCapitalised()) return false;
        if (body.endToken() - body.startToken() == 1 && t.get(body.startToken()).text().chars().filter(Character::isUpperCase).count() > 1) return false;
        if (p.joined(body.startToken())) return true;
        // "U.S. Defense Department": the abbreviation's own full stop stands between, and nothing else.
        Token last = t.get(state.endToken() - 1);
        return last.text().length() == 1 && p.between(last.end(), t.get(body.startToken()).start()).strip().equals(".");
    }

    /**
     * An English or Dutch demonym rather than a country's name, both written with a capital: "Russian",
     * "Dutch", "British", "Chinese"; "Nederlandse", "Russische", "Oekraïense" (the Dutch adjective's
     * inflected -se or -sche, which no country's name ends in).
     */
    static boolean demonym(Token t, String language) {
        String w = t.folded();
        if (language.equals("nl")) return w.endsWith("se") || w.endsWith("sche");
        if (!language.equals("en")) return false;
        return w.endsWith("an") || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("ese") || w.endsWith("i");
    }
}
