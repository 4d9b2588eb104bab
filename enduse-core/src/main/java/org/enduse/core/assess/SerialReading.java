package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enduse.core.transfer.SerialNumbers;
import org.enduse.core.transfer.SerialRange;

/**
 * A serial as read off a photo or a document. Unreadable characters are written '?' (one
 * character) or '*' (any run, also "…" or "..."), so "FN12??56" and "*3456" are partial readings.
 * Matching uses {@link SerialNumbers#normalise} on both sides, so O/0, I/1, dashes and spaces do
 * not matter. A range is matched without listing its serials, so million-item ranges stay cheap.
 */
public final class SerialReading {
    /** Fewer readable characters than this match too much to mean anything. */
    static final int MIN_READABLE = 3;
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private final String text;
    private final String pattern;
    private final boolean partial;

    private SerialReading(String text, String pattern) {
        this.text = text;
        this.pattern = pattern;
        this.partial = pattern.indexOf('?') >= 0 || pattern.indexOf('*') >= 0;
    }

    public static SerialReading of(String text) {
        String marked = text.replace("\u2026", "*").replace("...", "*");
        String normalised = SerialNumbers.normalise(marked).replaceAll("\\*+", "*");
        return new SerialReading(text, normalised);
    }

    public String text() {
        return text;
    }

    /** The normalised form; for a partial reading, with its '?' and '*' wildcards. */
    public String normalised() {
        return pattern;
    }

    public boolean isPartial() {
        return partial;
    }

    /** Whether enough is readable to match on: at least three characters besides the wildcards. */
    public boolean isUsable() {
        return pattern.replace("?", "").replace("*", "").length() >= MIN_READABLE;
    }

    /** True when some serial of the range fits this reading. */
    public boolean fits(SerialRange range) {
        if (!isUsable()) return false;
        if (!partial) return range.contains(pattern);
        String first = SerialNumbers.normalise(range.first());
        if (!range.isRange()) return glob(pattern, 0, first, 0);
        Matcher lo = TRAILING_NUMBER.matcher(first);
        Matcher hi = TRAILING_NUMBER.matcher(SerialNumbers.normalise(range.last()));
        if (!lo.matches() || !hi.matches()) return false;
        String prefix = lo.group(1);
        int length = prefix.length() + lo.group(2).length();
        for (String fixed : fixedLengthForms(pattern, length)) {
            if (fitsRange(fixed, prefix, lo.group(2), hi.group(2))) return true;
        }
        return false;
    }

    /** Wildcard match of a pattern ('?' one character, '*' any run) against a whole serial. */
    static boolean glob(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) if (glob(p, pi + 1, s, k)) return true;
                return false;
            }
            if (si >= s.length() || (c != '?' && c != s.charAt(si))) return false;
            pi++;
            si++;
        }
        return si == s.length();
    }

    /** Every way to turn the '*'s into runs of '?' so that the pattern has exactly {@code length} characters. */
    static List<String> fixedLengthForms(String p, int length) {
        List<String> out = new ArrayList<>();
        int stars = 0;
        for (int i = 0; i < p.length(); i++) if (p.charAt(i) == '*') stars++;
        int free = length - (p.length() - stars);
        if (free < 0) return out;
        if (stars == 0) {
            if (free == 0) out.add(p);
            return out;
        }
        expand(p, free, new StringBuilder(), out);
        return out;
    }

    private static void expand(String p, int free, StringBuilder done, List<String> out) {
        int star = p.indexOf('*');
        if (star < 0) {
            if (free == 0) out.add(done + p);
            return;
        }
        boolean last = p.indexOf('*', star + 1) < 0;
        for (int n = last ? free : 0; n <= free; n++) {
            int mark = done.length();
            done.append(p, 0, star).append("?".repeat(n));
            expand(p.substring(star + 1), free - n, done, out);
            done.setLength(mark);
        }
    }

    /** Whether a fixed-length pattern matches prefix + some number in [lo, hi] (same width, zero-padded). */
    private static boolean fitsRange(String fixed, String prefix, String lo, String hi) {
        for (int i = 0; i < prefix.length(); i++) {
            char c = fixed.charAt(i);
            if (c != '?' && c != prefix.charAt(i)) return false;
        }
        String mask = fixed.substring(prefix.length());
        String smallest = smallestAtLeast(lo, mask);
        return smallest != null && smallest.compareTo(hi) <= 0;
    }

    /**
     * The smallest digit string of lo's width that is at least lo and fits the mask, or null. Equal
     * widths make string order numeric order: keep as long a prefix of lo as possible, then raise one
     * digit and fill the rest with the smallest digits the mask allows.
     */
    static String smallestAtLeast(String lo, String mask) {
        int w = lo.length();
        for (int keep = w; keep >= 0; keep--) {
            if (!fitsMask(lo, mask, keep)) continue;
            if (keep == w) return lo;
            char raised = lowestAllowed(mask.charAt(keep), (char) (lo.charAt(keep) + 1));
            if (raised == 0) continue;
            StringBuilder out = new StringBuilder(w).append(lo, 0, keep).append(raised);
            for (int i = keep + 1; i < w; i++) out.append(lowestAllowed(mask.charAt(i), '0'));
            if (out.indexOf("\0") < 0) return out.toString();
        }
        return null;
    }

    private static boolean fitsMask(String digits, String mask, int upTo) {
        for (int i = 0; i < upTo; i++) {
            char m = mask.charAt(i);
            if (m != '?' && m != digits.charAt(i)) return false;
        }
        return true;
    }

    /** The lowest digit at least {@code from} that the mask position allows, or 0 when none. */
    private static char lowestAllowed(char mask, char from) {
        if (mask == '?') return from <= '9' ? from : 0;
        return Character.isDigit(mask) && mask >= from ? mask : 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
