package org.enduse.core.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normal forms of place names, so that "Бєлгородській області", "Belgorod Oblast" and
 * "oblast Belgorod" meet the same key. Three forms: {@link #key} drops case, accents, punctuation and
 * generic words (oblast, region, область...); {@link #stem} also strips the adjective and case
 * endings that Ukrainian, Russian and Polish put on region and town names; {@link #loose} writes a
 * stem in Latin letters with the spellings transliterations disagree on folded together, so that
 * "Грайворон" meets GeoNames' "Grayvoron" and "Kharkov" meets "Харьков".
 */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—.,()«»\"]+");
    // Apostrophes mark a soft sign or a syllable break inside a word (Vovchans’k, Кам'янець): dropped, not split on.
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`ʹ]");
    // Compared after folding, so each is listed once in its written form.
    private static final Set<String> GENERIC = java.util.stream.Stream.of(
            "oblast", "oblasti", "obl", "region", "regio", "province", "provincie", "provinz", "gebiet",
            "województwo", "obwód", "obwodzie", "obwodu", "raion", "rayon", "district",
            "область", "області", "области", "обл", "регіон", "регион", "край", "краю", "район", "районі", "районе",
            "autonomous", "autonome", "autonomiczna", "автономна", "автономная", "republic", "republiek", "république",
            "republik", "republika", "respublika", "республіка", "республика",
            "the", "of", "de", "la", "le", "der", "die", "het", "van", "city", "misto", "місто", "город", "miasto")
            .map(PlaceNames::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    // Folded like names and tried longest first, so "ській" is tried before "ій".
    private static final String[] ENDINGS = {
            "ської", "ській", "ською", "ськая", "ської", "ская", "ской", "скую", "ская", "ська", "ську", "ский", "ський",
            "skaya", "skoy", "skiy", "skij", "skiej", "skie", "skim", "ska", "ski",
            "ові", "еві", "ому", "ами", "ах", "ях", "ом", "ем", "ою", "ей", "ой", "ий", "ій", "ої",
            "ie", "u", "a", "і", "у", "е", "а", "я", "ю", "и"};

    private static final String[] FOLDED_ENDINGS = java.util.Arrays.stream(ENDINGS).map(PlaceNames::fold).distinct()
            .sorted(java.util.Comparator.comparing(String::length).reversed()).toArray(String[]::new);

    // Starts of the words for a first-level region in the seven languages, folded, with their inflections.
    private static final String[] REGION_WORD_PREFIXES = {"oblast", "област", "obwod", "region", "регион", "регіон",
            "provinc", "provinz", "wojewodztw", "gebiet", "krai", "kraj", "край"};
    // Cyrillic after folding (й, ё, ї have lost their marks), one Latin spelling per letter.
    private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяі";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
            "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i"};

    private PlaceNames() {}

    /** Lower case, no accents or punctuation, generic words removed, words joined by one space. */
    public static String key(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : SEPARATORS.split(APOSTROPHES.matcher(fold(name)).replaceAll(""))) {
            if (word.isEmpty() || GENERIC.contains(word)) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }

    /** The key with each word's inflectional ending removed (words of five letters or more). */
    public static String stem(String name) {
        return stemOfKey(key(name));
    }

    /** {@link #stem} of a name whose {@link #key} is already known, so indexing folds each name once. */
    static String stemOfKey(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(stemWord(word));
        }
        return out.toString();
    }

    /** True when the name has a word for a first-level region in it ("oblast", "Белгородской области", "obwód"). */
    public static boolean mentionsRegion(String name) {
        for (String word : SEPARATORS.split(fold(name))) {
            if (word.equals("obl") || word.equals("обл")) return true;
            for (String prefix : REGION_WORD_PREFIXES) if (word.startsWith(prefix)) return true;
        }
        return false;
    }

    /**
     * A {@link #key} or {@link #stem} in Latin letters, with the letters transliteration schemes
     * disagree on folded together: h and g (Ukrainian Г is h, Russian g), y, j and i, w and v, a
     * doubled letter, and a word-initial "ye" (Yelets, Елец). Coarse on purpose: a match on it is
     * a weaker candidate than one on the name itself.
     */
    public static String loose(String keyOrStem) {
        StringBuilder latin = new StringBuilder(keyOrStem.length() + 4);
        for (int i = 0; i < keyOrStem.length(); i++) {
            char c = keyOrStem.charAt(i);
            int cyrillic = CYRILLIC.indexOf(c);
            latin.append(cyrillic >= 0 ? LATIN[cyrillic] : String.valueOf(c));
        }
        String s = latin.toString().replace("zhzh", "zh").replace('h', 'g').replace('y', 'i').replace('j', 'i').replace('w', 'v');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordStart = i == 0 || s.charAt(i - 1) == ' ';
            if (wordStart && c == 'i' && i + 1 < s.length() && s.charAt(i + 1) == 'e') continue;
            if (!out.isEmpty() && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
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
