package org.enduse.core.extract;

import java.util.Locale;
import java.util.Map;

/**
 * "50 Ukrainians", "4 500 Ukrainiens", "55 Ukrainer", "300 Oekraïners", "200 українців": a number right
 * before a nationality's plural noun counts persons, as the labelling rule counts persons whoever they
 * are. The noun is a one-word country hit written as a people's plural: capitalised with a plural ending
 * in English, French, Dutch and German (their adjectives are lower case or end otherwise: "Ukrainian
 * soldiers", "soldats ukrainiens", "ukrainische Soldaten", "Oekraïense"), lower case in the genitive
 * plural in Ukrainian and Russian (the adjective ends in -их: "українських"). The labels of batches 2-35
 * hold six such counts, all in persons; the restored texts of batches 26-35 hold none left unlabelled.
 */
final class NationalsCounted {
    private NationalsCounted() {}

    /** Whether token k, right after a number, is a nationality's plural noun: the number counts it, in persons. */
    static boolean at(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        NameMatcher.Hit name = hitAt.get(k);
        if (name == null || name.name().kind() != NameKind.COUNTRY || name.endToken() != k + 1 || !p.joined(k)) return false;
        Token t = p.tokens().get(k);
        String w = t.text();
        if (w.length() < 5 || t.isInCapitals() || !w.chars().allMatch(Character::isLetter)) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        boolean capitalised = Character.isUpperCase(w.charAt(0));
        // English and French: "Ukrainians", "Ukrainiens"; not a word in -ss ("Swiss").
        boolean pluralInS = capitalised && lower.endsWith("s") && !lower.endsWith("ss");
        return switch (p.language()) {
            // Not a country's own name in the plural form ("Philippines", "Netherlands").
            case "en" -> pluralInS && !t.folded().equals(TextFolding.fold(name.name().canonical()));
            case "fr" -> pluralInS;
            case "nl" -> capitalised && (lower.endsWith("ers") || lower.endsWith("anen") || lower.endsWith("ssen"));
            // "Ukrainer", "Amerikaner", "Russen", "Briten"; not a country's name in -ien or -land ("Spanien").
            case "de" -> capitalised && (lower.endsWith("er") || lower.endsWith("en") && !lower.endsWith("ien"));
            case "uk" -> !capitalised && SentenceRoles.endsWithAny(lower, "ців", "ян", "ів");
            case "ru" -> !capitalised && SentenceRoles.endsWithAny(lower, "цев", "ян", "ов");
            default -> false;
        };
    }
}
