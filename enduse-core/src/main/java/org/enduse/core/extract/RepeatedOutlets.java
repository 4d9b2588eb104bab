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
 */
final class RepeatedOutlets {
    private static final Comparator<Mention> BY_POSITION = Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder());

    private RepeatedOutlets() {}

    /** The mentions with each further occurrence of such a name, as a whole word, that no other mention covers. */
    static List<Mention> added(String text, List<Mention> mentions) {
        Set<String> names = new LinkedHashSet<>();
        List<Mention> firsts = new ArrayList<>();
        for (Mention m : mentions) if (foundByShape(m) && names.add(m.text())) firsts.add(m);
        if (firsts.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention first : firsts) {
            String name = first.text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (wholeWord(text, at, end) && !covered(out, at, end)) out.add(first.over(name, at, end));
            }
        }
        out.sort(BY_POSITION);
        return out;
    }

    /** An outlet or company read from the shape of its name, not the dictionary's: it has no id. */
    private static boolean foundByShape(Mention m) {
        return m.kind() == MentionKind.ORGANIZATION && m.id() == null && (m.actorKind() == ActorKind.MEDIA_OUTLET || m.actorKind() == ActorKind.COMPANY)
                && m.text().length() >= 3 && !m.text().equals(m.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean covered(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) if (m.overlaps(start, end)) return true;
        return false;
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
