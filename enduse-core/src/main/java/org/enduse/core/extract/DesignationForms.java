package org.enduse.core.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways a designation is written: reports write "PzH 2000", "PzH-2000" and "PzH2000",
 * "T-72" and "T72", and the plural "F-16s", "PzH2000s". Tokens already make the space and the
 * hyphen alike; this adds the glued and the split form of a short letter prefix and its number, and
 * the plural in -s, a variant set apart from its model number ("Leopard 2 A4") and a generation in
 * Roman numerals ("Leopard II A6", "Challenger II"), and the prefix typed in Cyrillic letters that look the same ("М777", "АМХ-10":
 * Russian and Ukrainian reports often type a Western designation on a Cyrillic keyboard), so the
 * catalog need not list every spelling of every type.
 */
final class DesignationForms {
    /** Longer letter runs are words ("Leopard 2"), not designation prefixes. */
    private static final int MAX_PREFIX = 4;
    /** Latin capitals and the Cyrillic capitals drawn the same, position by position. */
    private static final String LATIN_TWINS = "ABCEHIKMOPTX";
    /** With the Ukrainian І: "АІМ-9" (batch 40, uk). */
    private static final String CYRILLIC_TWINS = "АВСЕНІКМОРТХ";

    private DesignationForms() {}

    /** The source's names, and after each equipment name its other spellings. */
    static NameSource adding(NameSource source) {
        return sink -> source.forEachName(name -> {
            sink.accept(name);
            if (name.kind() != NameKind.EQUIPMENT) return;
            for (String form : variants(name.surface())) {
                sink.accept(new Name(form, name.language(), name.id(), name.kind(), name.canonical(), name.country(), name.actorKind()));
            }
        });
    }

    /** The surface's other spellings (not the surface itself); empty when it has none. */
    static Set<String> variants(String surface) {
        Set<String> out = new LinkedHashSet<>();
        String glued = glued(surface);
        String split = split(surface);
        String apart = variantApart(surface);
        String roman = roman(apart != null ? apart : surface);
        for (String form : new String[] {surface, glued, split, apart, roman}) {
            if (form == null) continue;
            out.add(form);
            String plural = plural(form);
            if (plural != null) out.add(plural);
            String cyrillic = cyrillicPrefix(form);
            if (cyrillic != null) out.add(cyrillic);
        }
        out.remove(surface);
        return out;
    }

    /** "PzH 2000", "T-72" -> "PzH2000", "T72": a short prefix joined to its number; null when there is none. */
    static String glued(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ' ' || c == '-') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)) && shortPrefixEndsAt(s, i)) {
                changed = true;
                continue;
            }
            out.append(c);
        }
        return changed ? out.toString() : null;
    }

    /** "PzH2000", "M777" -> "PzH 2000", "M 777": the prefix set apart; null when there is none. */
    static String split(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) && i > 0 && Character.isLetter(s.charAt(i - 1)) && shortPrefixEndsAt(s, i)) {
                out.append(' ');
                changed = true;
            }
            out.append(c);
        }
        return changed ? out.toString() : null;
    }

    /** A model number's variant letters run on after it: "2A4" in "Leopard 2A4", "72B3" in "T-72B3". */
    private static final Pattern VARIANT_AFTER_NUMBER = Pattern.compile("(?<=[ -]\\d{1,3})(?=\\p{Lu}\\p{L}?\\d)");
    /** A family's name and its generation 1 to 3, then the end or a variant: "Leopard 2", "Challenger 2", "Leopard 2 A6". */
    private static final Pattern GENERATION = Pattern.compile("^(\\p{Lu}\\p{Ll}{4,}) ([1-3])(?= |$)");
    private static final String[] ROMAN = {"", "I", "II", "III"};

    /** "Leopard 2A4", "T-72B3" -> "Leopard 2 A4", "T-72 B3": the variant set apart from the model number; null when there is none. */
    static String variantApart(String s) {
        String apart = VARIANT_AFTER_NUMBER.matcher(s).replaceAll(" ");
        return apart.equals(s) ? null : apart;
    }

    /** "Leopard 2 A6", "Challenger 2" -> "Leopard II A6", "Challenger II": the generation in Roman numerals; null when there is none. */
    static String roman(String s) {
        Matcher m = GENERATION.matcher(s);
        return m.find() ? m.group(1) + " " + ROMAN[Integer.parseInt(m.group(2))] + s.substring(m.end()) : null;
    }

    /**
     * "M777", "AMX-10 RC", "M88A2 Hercules" -> "М777", "АМХ-10 RC", "М88А2 Hercules": a leading prefix of
     * Latin capitals, all with a Cyrillic twin and followed by its number, retyped in Cyrillic, and so
     * are the variant letters with a twin in the rest of that word (the keyboard stays Cyrillic for
     * the whole designation); null for any other name.
     */
    static String cyrillicPrefix(String s) {
        int end = 0;
        while (end < s.length() && LATIN_TWINS.indexOf(s.charAt(end)) >= 0) end++;
        if (end == 0 || end > MAX_PREFIX || end == s.length()) return null;
        int number = s.charAt(end) == '-' || s.charAt(end) == ' ' ? end + 1 : end;
        if (number >= s.length() || !Character.isDigit(s.charAt(number))) return null;
        StringBuilder out = new StringBuilder(s);
        int wordEnd = s.indexOf(' ', number);
        for (int i = 0; i < (wordEnd < 0 ? s.length() : wordEnd); i++) {
            int twin = LATIN_TWINS.indexOf(s.charAt(i));
            if (twin >= 0) out.setCharAt(i, CYRILLIC_TWINS.charAt(twin));
        }
        return out.toString();
    }

    /** "F-16s", "PzH2000s": a designation ending in a digit or a capital takes -s; null for other words. */
    static String plural(String s) {
        char last = s.charAt(s.length() - 1);
        boolean designation = Character.isDigit(last) || (Character.isUpperCase(last) && last != 'S' && s.length() > 1
                && Character.isUpperCase(s.charAt(s.length() - 2)));
        if (!designation || s.chars().anyMatch(ch -> ch >= 0x400 && ch <= 0x4FF)) return null;
        return s + "s";
    }

    /** The letters right before position end form a run of 1..MAX_PREFIX letters that starts a word. */
    private static boolean shortPrefixEndsAt(String s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) start--;
        int length = end - start;
        return length >= 1 && length <= MAX_PREFIX && (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)));
    }
}
