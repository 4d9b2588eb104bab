package org.enduse.core.transfer;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * One serial number or an inclusive range of them ("FN123400-FN123499"). A range's ends share a
 * prefix and differ only in a trailing number of the same width, as manufacturers number batches.
 * Serials are compared in {@link SerialNumbers#normalise normalised} form.
 */
public record SerialRange(String first, String last) {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    public SerialRange {
        first = Checks.required("serial", first);
        last = Checks.optional(last);
        if (last != null && SerialNumbers.normalise(last).equals(SerialNumbers.normalise(first))) last = null;
        if (last != null) {
            Matcher a = TRAILING_NUMBER.matcher(SerialNumbers.normalise(first));
            Matcher b = TRAILING_NUMBER.matcher(SerialNumbers.normalise(last));
            if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1)) || a.group(2).length() != b.group(2).length()) {
                throw InvalidInputException.field("serials", "range " + first + "-" + last
                        + " must have ends with the same prefix and a trailing number of the same width");
            }
            if (new BigInteger(a.group(2)).compareTo(new BigInteger(b.group(2))) > 0) {
                throw InvalidInputException.field("serials", "range " + first + "-" + last + " runs backwards");
            }
        }
    }

    public static SerialRange single(String serial) {
        return new SerialRange(serial, null);
    }

    /** Parses "ABC123" or "ABC100..ABC199" (".." separates range ends, since serials may contain dashes). */
    public static SerialRange parse(String text) {
        String t = Checks.required("serial", text);
        int dots = t.indexOf("..");
        return dots < 0 ? single(t) : new SerialRange(t.substring(0, dots), t.substring(dots + 2));
    }

    public boolean isRange() {
        return last != null;
    }

    /** How many serials this covers. */
    public BigInteger size() {
        if (last == null) return BigInteger.ONE;
        return number(last).subtract(number(first)).add(BigInteger.ONE);
    }

    /** True when the given serial, normalised, is this serial or lies in this range. */
    public boolean contains(String serial) {
        String s = SerialNumbers.normalise(serial);
        if (last == null) return s.equals(SerialNumbers.normalise(first));
        Matcher m = TRAILING_NUMBER.matcher(s);
        Matcher f = TRAILING_NUMBER.matcher(SerialNumbers.normalise(first));
        if (!m.matches() || !f.matches() || !m.group(1).equals(f.group(1)) || m.group(2).length() != f.group(2).length()) return false;
        BigInteger n = new BigInteger(m.group(2));
        return n.compareTo(number(first)) >= 0 && n.compareTo(number(last)) <= 0;
    }

    /** True when any serial is in both. */
    public boolean overlaps(SerialRange other) {
        return contains(other.first) || other.contains(first)
                || (other.last != null && contains(other.last)) || (last != null && other.contains(last));
    }

    private static BigInteger number(String serial) {
        Matcher m = TRAILING_NUMBER.matcher(SerialNumbers.normalise(serial));
        if (!m.matches()) throw new IllegalStateException("checked in the constructor");
        return new BigInteger(m.group(2));
    }

    @Override
    public String toString() {
        return last == null ? first : first + ".." + last;
    }
}
