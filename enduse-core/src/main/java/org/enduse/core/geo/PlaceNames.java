package org.enduse.core.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normal forms of place names, so that "Бєлгородській області", "Belgorod Oblast" and
 * "oblast Belgorod" meet the same key. Two forms: {@link #key} drops case, accents, punctuation and
 * generic words (oblast, region, область...); {@link #stem} also strips the adjective and case
 * endings that Ukrainian, Russian and Polish put on region and town names.
 */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—'’ʼ`.,()«»\"]+");
    // Compared after folding, so each is listed once in its written form.
    private static final Set<String> GENERIC = java.util.stream.Stream.of(
            "oblast", "oblasti", "obl", "region", "regio", "province", "provincie", "provinz", "gebiet",
            "województwo", "obwód", "obwodzie", "obwodu", "raion", "rayon", "district",
            "область", "області", "области", "обл", "регіон", "регион", "край", "краю", "район", "районі", "районе",
            "the", "de", "la", "le", "der", "die", "het", "city", "misto", "місто", "город", "miasto")
            .map(PlaceNames::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    // Folded like names and tried longest first, so "ській" is tried before "ій".
    private static final String[] ENDINGS = {
            "ської", "ській", "ською", "ськая", "ської", "ская", "ской", "скую", "ская", "ська", "ську", "ский", "ський",
            "skaya", "skoy", "skiy", "skij", "skiej", "skie", "skim", "ska", "ski",
            "ові", "еві", "ому", "ами", "ах", "ях", "ом", "ем", "ою", "ей", "ой", "ий", "ій", "ої",
            "ie", "u", "a", "і", "у", "е", "а", "я", "ю", "и"};

    private static final String[] FOLDED_ENDINGS = java.util.Arrays.stream(ENDINGS).map(PlaceNames::fold).distinct()
            .sorted(java.util.Comparator.comparing(String::length).reversed()).toArray(String[]::new);

    private PlaceNames() {}

    /** Lower case, no accents or punctuation, generic words removed, words joined by one space. */
    public static String key(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : SEPARATORS.split(fold(name))) {
            if (word.isEmpty() || GENERIC.contains(word)) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }

    /** The key with each word's inflectional ending removed (words of five letters or more). */
    public static String stem(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : key(name).split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(stemWord(word));
        }
        return out.toString();
    }

    /** Lower case without diacritics; Ukrainian and Russian letter variants (й/и, ї/і, є/е, ё/е) fold together. */
    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('є', 'е').replace('ґ', 'г');
    }

    private static String stemWord(String word) {
        if (word.length() < 5) return word;
        for (String ending : FOLDED_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) return word.substring(0, word.length() - ending.length());
        }
        return word;
    }
}
