package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.enduse.core.catalog.ActorKind;

/**
 * A news outlet or company the dictionary lacks, found once by the noun before it ("der Zeitung
 * Aftonbladet", "die Zeitung The Sun", "газета The Sun"), is the same organisation where the report
 * names it again without the noun ("laut Aftonbladet", "пишет The Sun"), as a person's surname alone
 * is the person ({@link PersonFinder}). Batches 53-62 label such repeats five times (de, nl, ru).
 * Without the noun only the capitals say it is a name, and a sentence's first word, or the word after
 * an article of the text's language opening it, has a capital whatever it is: there the words are read
 * as ordinary words ("Die Zeit drängt", "The Sun rose", "Время покажет") unless a later capital, an
 * article of another language or a script other than the text's shows the name ("Harbour Times later
 * corrected", "The Sun stellte fest", "The Sun также указывает"). A colon opens no sentence ("Quelle: Aftonbladet").
 */
final class RepeatedOutlets {
    /** Lexicon category of each language's articles. */
    private static final String ARTICLE = "article";
    private static final Comparator<Mention> BY_POSITION = Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder());

    private RepeatedOutlets() {}

    /**
     * The mentions with each further occurrence of such a name in the paragraphs read, standing as a name, that no
     * other mention covers. A paragraph is tokenised again only where it holds a name's letters: few do.
     */
    static List<Mention> added(String text, List<Extraction.Paragraph> paragraphs, List<Mention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        List<Mention> firsts = new ArrayList<>();
        for (Mention m : mentions) if (foundByShape(m) && names.add(m.text())) firsts.add(m);
        if (firsts.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        for (Extraction.Paragraph paragraph : paragraphs) {
            if (!holdsAny(text.substring(paragraph.start(), paragraph.end()), names)) continue;
            Passage p = Passage.of(text, paragraph.start(), paragraph.end(), paragraph.language());
            List<Token> t = p.tokens();
            for (int i = 0; i < t.size(); i++) {
                for (Mention first : firsts) {
                    int end = endOf(p, i, first.text());
                    if (end < 0 || !standsAsName(p, i, end) || covered(out, t.get(i).start(), t.get(end - 1).end())) continue;
                    out.add(first.over(first.text(), t.get(i).start(), t.get(end - 1).end()));
                    break;
                }
            }
        }
        out.sort(BY_POSITION);
        return out;
    }

    private static boolean holdsAny(String paragraph, Set<String> names) {
        for (String name : names) if (paragraph.contains(name)) return true;
        return false;
    }

    /** An outlet or company read from the shape of its name, not the dictionary's: it has no id. */
    private static boolean foundByShape(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.id() == null && (m.actorKind() == ActorKind.MEDIA_OUTLET || m.actorKind() == ActorKind.COMPANY)
                && m.text().length() >= 3 && !m.text().equals(m.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The token after the whole tokens from i written exactly as the name, or -1. */
    private static int endOf(Passage p, int i, String name) {
        List<Token> t = p.tokens();
        int from = t.get(i).start();
        for (int k = i; k < t.size() && t.get(k).end() - from <= name.length(); k++) {
            if (t.get(k).end() - from == name.length()) return p.text().startsWith(name, from) ? k + 1 : -1;
        }
        return -1;
    }

    /**
     * Whether the tokens [start, end) show they are a name: some capital beyond the sentence's first word and the
     * word after an article of the text's language opening it, or a script other than the text's.
     */
    private static boolean standsAsName(Passage p, int start, int end) {
        List<Token> t = p.tokens();
        if (Tokenizer.isCyrillic(t.get(start).text().charAt(0)) != p.ukrainianOrRussian()) return true;
        for (int k = Math.max(start, afterOpeningWords(p, start)); k < end; k++) if (t.get(k).isCapitalised()) return true;
        return false;
    }

    /**
     * Where token k is the sentence's first word or the one after it, the first token whose capital the sentence's
     * opening does not explain: after the first word, or after the word that follows it when that is an article of
     * the text's language. Elsewhere 0.
     */
    private static int afterOpeningWords(Passage p, int k) {
        List<Token> t = p.tokens();
        int first;
        if (ForeignOneWordTowns.opensSentence(p.text(), t.get(k).start())) first = k;
        else if (k > 0 && ForeignOneWordTowns.opensSentence(p.text(), t.get(k - 1).start())) first = k - 1;
        else return 0;
        return Lexicon.get().word(t.get(first).folded(), p.language(), ARTICLE) != null ? first + 2 : first + 1;
    }

    private static boolean covered(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) if (m.overlaps(start, end)) return true;
        return false;
    }
}
