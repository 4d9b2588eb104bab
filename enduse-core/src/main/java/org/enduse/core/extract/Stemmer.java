package org.enduse.core.extract;

import java.util.Map;
import org.enduse.core.common.WordEndings;

/**
 * Light stemming: removes the longest inflectional ending of a language from a folded word, leaving
 * at least three letters, so "Бельгії", "Бельгією" and "Бельгія" meet at "бельг", and
 * "pantserwagens" meets "pantserwagen".
 * Deliberately crude and symmetric: dictionary forms of a language are stemmed the same way as
 * text in that language, so an ending that is over-cut is over-cut on both sides.
 */
public final class Stemmer {
    private static final int MIN_STEM = 3;
    private static final Map<String, WordEndings> ENDINGS = Map.of(
            "nl", endings("ische isch ens en es e s"),
            "de", endings("ischen ischer isches ische isch ern en er es em e n s"),
            "fr", endings("iennes ienne iens ien aises aise ees ee es e s x"),
            "pl", endings("iego iemu ami ach ego emu ich ych ymi imi owie owi om ow em ie ii ia iu ej a e i o u y"),
            "uk", endings("ією ями ами ові ого ому ими ими ої ою ий ій ія ії ію ій ом ам ах ів ей ею их ім і ї я ю а у о е и й ь"),
            "ru", endings("ией ями ами ого ому ыми ими еем ия ии ию ея ею ей ой ом ем ам ах ов ый ий ая яя ое ее ые ие ую ых их ым им а я у ю ы и е о й ь"),
            "bg", endings("ите ата ото ът ия ове и а о е"),
            "it", endings("i e o a"),
            "es", endings("es s"),
            "hu", endings("nak nek ban ben bol rol tol val vel ok ek at et t"));

    private Stemmer() {}

    public static String stem(String folded, String language) {
        if (folded.length() <= MIN_STEM || !Character.isLetter(folded.charAt(folded.length() - 1))) return folded;
        if ("en".equals(language)) return english(folded);
        WordEndings endings = ENDINGS.get(language);
        if (endings == null) return folded;
        int cut = endings.longestEnding(folded, MIN_STEM);
        return cut == 0 ? folded : folded.substring(0, folded.length() - cut);
    }

    private static String english(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static WordEndings endings(String spaced) {
        WordEndings endings = new WordEndings();
        for (String ending : spaced.split(" ")) endings.add(ending, 1);
        return endings;
    }
}
