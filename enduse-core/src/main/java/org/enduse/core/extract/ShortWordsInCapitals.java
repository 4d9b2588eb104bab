package org.enduse.core.extract;

/**
 * A short word written in capitals inside a paragraph, which no entry lists in capitals (those win in
 * {@link NameMatcher}: "the GAO" is the audit office), is an abbreviation or a word of a line set in
 * capitals, not the town the gazetteer spells the same: "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG" holds
 * the Dutch "van", not Van in Turkey; an abbreviation the catalog lacks is not Gao in Mali. Towns with
 * names this short are rare and reports write them in capitals only as a dateline opening the
 * paragraph ("VAN (AP) -"), which stays a place; capitals and areas written in capitals ("PRAG",
 * "ДНР") are left to their own rules.
 */
final class ShortWordsInCapitals {
    /** The longest word read so ("VAN" and "GAO" have three letters); longer words in capitals are mostly names ("KOPENHAGEN", "KUBINKA"). */
    private static final int MAX_LETTERS = 4;

    private ShortWordsInCapitals() {}

    /** Whether the hit is a town read from one short word in capitals that its entry does not list in capitals ("ДНР" is listed so). */
    static boolean abbreviation(Passage p, NameMatcher.Hit hit) {
        Name name = hit.name();
        if (name.kind() != NameKind.PLACE || name.id() == null || name.id().startsWith("area-") || name.id().startsWith("capital-")) return false;
        if (hit.endToken() != hit.startToken() + 1 || hit.startToken() == 0) return false;
        Token word = p.tokens().get(hit.startToken());
        return word.text().length() <= MAX_LETTERS && word.text().length() > 1 && word.isInCapitals() && !word.isNumeric()
                && !name.surface().equals(name.surface().toUpperCase(java.util.Locale.ROOT));
    }
}
