package org.enduse.core.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * Light stemming: removes the longest inflectional ending of a language from a folded word, so
 * "Бельгії", "Бельгією" and "Бельгія" meet at "бельг", and "pantserwagens" meets "pantserwagen".
 * Deliberately crude and symmetric: dictionary forms of a language are stemmed the same way as
 * text in that language, so an ending that is over-cut is over-cut on both sides.
 */
public final class Stemmer {
    private static final int MIN_STEM = 3;
    private static final Map<String, String[]> ENDINGS = Map.of(
            "nl", sorted("ische isch ens en es e s"),
            "de", sorted("ischen ischer isches ische isch ern en er es em e n s"),
            "fr", sorted("iennes ienne iens ien aises aise ees ee es e s x"),
            "pl", sorted("iego iemu ami ach ego emu ich ych ymi imi owie owi om ow em ie ii ia iu ej a e i o u y"),
            "uk", sorted("ією ями ами ові ого ому ими ими ої ою ий ій ія ії ію ій ом ам ах ів ей ею их ім і ї я ю а у о е и й ь"),
            "ru", sorted("ией ями ами ого ому ыми ими ия ии ию ей ой ом ем ам ах ов ый ий ая яя ое ее ые ие ую ых их ым им а я у ю ы и е о й ь"),
            "bg", sorted("ите ата ото ът ия ове и а о е"),
            "it", sorted("i e o a"),
            "es", sorted("es s"),
            "hu", sorted("nak nek ban ben bol rol tol val vel ok ek at et t"));

    private Stemmer() {}

    public static String stem(String folded, String language) {
        if (folded.length() <= MIN_STEM || !Character.isLetter(folded.charAt(folded.length() - 1))) return folded;
        if ("en".equals(language)) return english(folded);
        String[] endings = ENDINGS.get(language);
        if (endings == null) return folded;
        for (String ending : endings) {
            if (folded.length() - ending.length() >= MIN_STEM && folded.endsWith(ending)) {
                return folded.substring(0, folded.length() - ending.length());
            }
        }
        return folded;
    }

    private static String english(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String[] sorted(String spaced) {
        String[] endings = Arrays.stream(spaced.split(" ")).distinct().toArray(String[]::new);
        Arrays.sort(endings, Comparator.comparingInt(String::length).reversed());
        return endings;
    }
}
