package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What French puts after a counted noun and the labelling rules count with it: adjectives, which
 * mostly follow the noun ("quatre véhicules tactiques", "17 chars allemands modernes"), and a
 * complement of "de" without an article that says what kind the things are ("12 canons de moyenne
 * portée", "huit chars de fabrication allemande", "deux chars de combat"). A participle ("armes
 * livrées à l'Ukraine", "chars détruits") tells what happened to them and stays out, and so does a
 * complement with an article ("chars de l'armée"), which names an owner or a place.
 */
final class FrenchNounPhrase {
    /** Words after "de": "fabrication allemande", "moyenne portée". */
    private static final int MAX_COMPLEMENT = 2;
    /** Plural words in -s or -x that are no adjectives: prepositions, adverbs, pronouns, verbs, nouns of time. */
    private static final Set<String> NOT_ADJECTIVES = Set.of("dans", "sous", "sans", "vers", "plus", "mais", "puis", "alors", "apres",
            "tres", "tous", "toutes", "depuis", "hors", "lors", "ainsi", "leurs", "nous", "vous", "elles", "ceux", "celles", "jamais",
            "moins", "fois", "jours", "mois", "semaines", "annees", "parmi", "avons", "avez", "etions", "sommes", "etes", "auras", "auparavant",
            "pres", "francs", "euros", "dollars", "toujours", "desormais", "voulus", "certains", "certaines", "plusieurs", "aux", "des", "les", "ces", "ses", "mes", "tes");
    /** Words that start a noun phrase of its own after "de", so the complement is no kind: an article, a possessive, a demonstrative. */
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "son", "sa",
            "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "plus", "moins", "nouveau", "part", "meme", "tels",
            "telles", "tout", "tous", "toute", "toutes", "chaque", "quelques", "plusieurs", "certains", "certaines", "autres");

    private FrenchNounPhrase() {}

    /** The token end of the noun phrase from end, past its adjectives and an article-less complement of "de"; end when none follows. */
    static int extend(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        return extend(p, end, end - 1, hitAt);
    }

    /**
     * The same after the noun's tail ("12 canons Caesar de 155 mm supplémentaires"): the first
     * adjective agrees with the counted noun, the token head, not with the designation or calibre before it.
     */
    static int extend(Passage p, int end, int head, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.language().equals("fr")) return end;
        List<Token> t = p.tokens();
        int k = end;
        while (k < t.size() && p.joined(k) && plural(t.get(k == end ? head : k - 1))) {
            // "batteries sol-air": an invariable compound adjective, two lower-case words joined by a hyphen.
            if (QuantityTail.hyphenGlued(p, k + 1) && content(p, k, hitAt) && content(p, k + 1, hitAt)) k += 2;
            else if (adjective(p, k, hitAt)) k++;
            else break;
        }
        // "5.000 munitions fumigènes de 155 mm" (batch 62): the calibre the rule takes in may follow the adjectives too.
        if (k > end) k = QuantityTail.calibre(p, k);
        // "14 chars Leopard 2 de fabrication allemande" (batches 21, 25): after a designation the things are named, and a
        // complement of make says only where they came from; one of kind stays in ("109 canons Caesar de nouvelle génération").
        if (QuantityTail.designationBefore(p, k) && makeComplement(p, k)) return k;
        k = complement(p, k, hitAt);
        // "véhicules blindés de transport de troupes": a complement may have its own.
        return complement(p, k, hitAt);
    }

    /** "de fabrication", "d'origine": token k starts a complement of make. */
    private static boolean makeComplement(Passage p, int k) {
        List<Token> t = p.tokens();
        return k + 1 < t.size() && p.joined(k) && p.joined(k + 1) && (t.get(k).folded().equals("de") || t.get(k).folded().equals("d"))
                && MAKE.contains(t.get(k + 1).folded());
    }

    /** Nouns of make, as folded: "de fabrication allemande", "de conception française", "d'origine soviétique". */
    private static final Set<String> MAKE = Set.of("fabrication", "conception", "production", "origine", "construction", "facture");

    /**
     * An article-less complement of "de" from token k ("de moyenne portée", "de fabrication
     * allemande"), or of "à" that names no action ("à longue portée", "à chenilles"); its token end, or
     * k when none starts there.
     */
    private static int complement(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (k >= t.size() || !p.joined(k) || !complementPreposition(t.get(k))) return k;
        boolean of = !t.get(k).text().equals("à");
        if (k + 1 < t.size() && t.get(k).folded().equals("d") && ELIDED_ADVERBS.contains(t.get(k + 1).folded())) return k;
        int words = k + 1, counted = 0;
        while (words < t.size() && p.joined(words) && content(p, words, hitAt)) {
            // "de défense anti-aérienne": a word joined by a hyphen is part of the word before it, not one more.
            boolean glued = words > k + 1 && QuantityTail.hyphenGlued(p, words);
            if (!glued && (counted == MAX_COMPLEMENT || PREPOSITIONS.contains(t.get(words).folded())
                    || words == k + 1 && (DETERMINERS.contains(t.get(words).folded()) || !of && infinitive(t.get(words).folded())))) {
                break;
            }
            if (!glued) counted++;
            words++;
        }
        return words > k + 1 ? words : k;
    }

    /** "à partir de", "à livrer": after "à" an infinitive says what is done, not what kind of thing it is. */
    private static boolean infinitive(String w) {
        return w.endsWith("er") || w.endsWith("ir") || w.endsWith("re");
    }

    /**
     * "de" or its elided "d'" ("180 000 cartouches d'artillerie", batch 40), or "à" as
     * written: folding makes the verb "a" ("30 avions de combat a été révélé") look like the preposition, and a verb
     * opens no complement.
     */
    private static boolean complementPreposition(Token t) {
        return t.folded().equals("de") || t.folded().equals("d") || t.text().equals("à");
    }

    /** Words after "d'" that make an adverb or a preposition with it, no complement: "d'ici 2028", "d'abord", "d'environ 100 km". */
    private static final Set<String> ELIDED_ADVERBS = Set.of("ici", "abord", "ailleurs", "apres", "environ", "autant", "ou");

    /** Prepositions, as folded, that start another complement and so end this one. */
    private static final Set<String> PREPOSITIONS = Set.of("de", "d", "du", "a", "au", "en", "pour", "par", "sur", "avec", "sans", "contre", "dans", "vers", "selon");

    /** A French preposition that starts a complement of its own ("de", "du", "pour"); false in other languages. */
    static boolean isPreposition(Passage p, Token t) {
        return p.language().equals("fr") && PREPOSITIONS.contains(t.folded());
    }

    private static boolean plural(Token t) {
        char last = t.text().charAt(t.text().length() - 1);
        return last == 's' || last == 'x';
    }

    /** A plural adjective agreeing with the noun before it: lower case, in -s or -x, no participle ("livrés", "fournies", "détruits"). */
    private static boolean adjective(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        String w = p.tokens().get(k).text();
        return w.length() >= 4 && plural(p.tokens().get(k)) && content(p, k, hitAt) && !participle(w);
    }

    /** Endings of plural past participles: "livrés", "livrées", "fournies", "promis", "détruits", "reçus". */
    private static boolean participle(String w) {
        return w.endsWith("és") || w.endsWith("ées") || w.endsWith("ies") || w.endsWith("is") || w.endsWith("ts") || w.endsWith("us");
    }

    /** "allemande", "ukrainiens": a country's adjective, one word, is an adjective like any other. */
    private static boolean nationality(NameMatcher.Hit hit, int k) {
        return hit.name().kind() == NameKind.COUNTRY && hit.endToken() == k + 1;
    }

    /** "utilisent", "ont", "livrait": a folded word ending as a French verb of the third person, which no noun or adjective of a count does. */
    static boolean verbByEnding(String folded) {
        return folded.endsWith("ent") || folded.endsWith("ont") || folded.endsWith("ait");
    }

    /** A lower-case word that is no name (but for a nationality), no verb by its ending, nor a cue of another kind: "fabrication", "allemande", "tactiques". */
    private static boolean content(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        Token t = p.tokens().get(k);
        String w = t.folded();
        return (!hitAt.containsKey(k) || nationality(hitAt.get(k), k)) && Character.isLowerCase(t.text().charAt(0)) && !t.isNumeric() && !QuantityFinder.isConjunction(p, t)
                && !NOT_ADJECTIVES.contains(w) && !verbByEnding(w)
                && Lexicon.get().at(p, k, "speech", "statement", "inquiry", "to", "loc", "transfer", "sighting", "typeword", "unit", "measure") == null;
    }
}
