package org.enduse.core.extract;

import java.util.List;
import java.util.Map;

/**
 * A news outlet the dictionary lacks, named after a medium's generic noun: "Dutch broadcaster RTL",
 * "der russische Fernsehsender 1TV", "l'hebdomadaire italien Panorama", "le journal la Tribune",
 * "Немецкое издание Merkur", "Telegram-канал «Военный осведомитель»". The noun says what the name is,
 * as a company's noun does for a company ({@link OrganisationFinder}); the noun itself stays out of the
 * name (docs/devset.md: names without generic nouns). French puts the outlet's nationality and what it
 * covers after the noun ("le journal allemand Die Welt", "la chaîne télévisée Pervy Kanal").
 */
final class MediumNames {
    private static final Categories COMPANY_NOUN = Lexicon.get().categories("companynoun");
    /** Lexicon values, in the company-noun category, of a medium's noun and of a French word that qualifies it. */
    private static final String MEDIUM = "medium", MEDIUM_TRAIT = "mediumtrait";
    /** Words a French medium's noun may take before the name ("journal allemand", "magazine militaire bulgare"). */
    private static final int MAX_FRENCH_QUALIFIERS = 2;

    private MediumNames() {}

    /** Tokens [start, end) of the outlet named after a medium's noun at token i, or null. */
    static int[] after(Passage p, int i, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        boolean german = p.language().equals("de");
        // German writes every noun with a capital ("umfassender" is no "Sender"); elsewhere a capitalised noun opens a name ("Radio Liberty").
        if (german ? !t.get(i).isCapitalised() : !Character.isLowerCase(t.get(i).text().charAt(0))) return null;
        int k = mediumNounEnd(p, i, lexicon, german);
        if (k < 0) return null;
        if (p.language().equals("fr")) k = afterFrenchQualifiers(p, k, hitAt, lexicon);
        if (k >= t.size() || !p.joined(k) && !OrganisationFinder.opensQuote(p, k)) return null;
        int start = k;
        // "le journal la Tribune", "de krant de Volkskrant": the outlet's own article, written in lower case.
        if (ownArticle(p, k) && k + 1 < t.size() && p.joined(k + 1) && t.get(k + 1).isCapitalised()) k++;
        if (hitAt.containsKey(k) || !(t.get(k).isCapitalised() || startsWithDigitAndCapital(t.get(k)))) return null;
        return new int[] {start, OrganisationFinder.opensQuote(p, k) ? quotedEnd(p, k) : nameEnd(p, k, hitAt)};
    }

    /** "«Военный осведомитель»", "« Argumenti e-Facty »": a quoted name runs to its closing quote, whatever its case. */
    private static int quotedEnd(Passage p, int k) {
        List<Token> t = p.tokens();
        int end = k + 1;
        while (end < t.size() && end < k + OrganisationFinder.MAX_NAME_WORDS && !closesQuote(p.between(t.get(end - 1).end(), t.get(end).start()))) end++;
        return end;
    }

    private static boolean closesQuote(String gap) {
        for (int c = 0; c < gap.length(); c++) if (NameEnds.CLOSING.indexOf(gap.charAt(c)) >= 0) return true;
        return false;
    }

    /**
     * Capitalised words in one script, and what is glued to them ("Lenta.UA", "TV2.no"): "агентства International
     * Reporters Кристель Нэан" names the agency, then its editor.
     */
    private static int nameEnd(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        boolean latin = latin(t.get(k));
        int end = k + 1;
        while (end < t.size() && end < k + OrganisationFinder.MAX_NAME_WORDS && !hitAt.containsKey(end)) {
            String gap = p.between(t.get(end - 1).end(), t.get(end).start());
            boolean glued = gap.isEmpty() || gap.equals(".") && Character.isLetter(t.get(end).text().charAt(0));
            if (!glued && !(p.joined(end) && t.get(end).isCapitalised() && latin(t.get(end)) == latin)) break;
            end++;
        }
        return end;
    }

    private static boolean latin(Token token) {
        return token.text().charAt(0) < 0x250;
    }

    /** The token after a medium's noun at i, or -1; in German also a compound ending in one ("Militärfernsehsender"). */
    private static int mediumNounEnd(Passage p, int i, Lexicon lexicon, boolean german) {
        Lexicon.Hit noun = lexicon.at(p, i, COMPANY_NOUN);
        if (noun != null && noun.cue().value().equals(MEDIUM)) return noun.endToken();
        if (german && lexicon.compoundTail(p.tokens().get(i).folded(), "de", "companynoun", 3, 6, cue -> cue.value().equals(MEDIUM)) != null) {
            return i + 1;
        }
        return -1;
    }

    /** Past the lower-case nationalities and listed qualifiers after a French medium's noun. */
    private static int afterFrenchQualifiers(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt, Lexicon lexicon) {
        List<Token> t = p.tokens();
        for (int n = 0; n < MAX_FRENCH_QUALIFIERS && k < t.size() && p.joined(k) && Character.isLowerCase(t.get(k).text().charAt(0)); n++) {
            NameMatcher.Hit country = hitAt.get(k);
            if (country != null && country.name().kind() == NameKind.COUNTRY) {
                k = country.endToken();
                continue;
            }
            Lexicon.Hit trait = lexicon.at(p, k, COMPANY_NOUN);
            if (trait == null || !trait.cue().value().equals(MEDIUM_TRAIT)) break;
            k = trait.endToken();
        }
        return k;
    }

    private static boolean ownArticle(Passage p, int k) {
        String w = p.tokens().get(k).text();
        return switch (p.language()) {
            case "fr" -> w.equals("la") || w.equals("le");
            case "nl" -> w.equals("de") || w.equals("het");
            default -> false;
        };
    }

    /** "1TV", "5 Kanal": a channel's number is its name's first word. */
    private static boolean startsWithDigitAndCapital(Token token) {
        return token.isNumeric() && token.text().chars().anyMatch(Character::isUpperCase);
    }
}
