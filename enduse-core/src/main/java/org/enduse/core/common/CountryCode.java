package org.enduse.core.common;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case, checked against the ISO list. */
public record CountryCode(String value) implements Comparable<CountryCode> {
    // Java's list plus XK (Kosovo), which ISO reserves for user assignment and most registers use.
    private static final Set<String> KNOWN = knownCodes();

    public CountryCode {
        if (value == null || value.isBlank()) throw InvalidInputException.field("country", "is required");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(value)) {
            throw InvalidInputException.field("country", "unknown country code '" + value
                    + "' (expected an ISO 3166-1 alpha-2 code such as BE, UA, US)");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** Null for blank input, so optional columns stay optional. */
    public static CountryCode ofNullable(String value) {
        return value == null || value.isBlank() ? null : new CountryCode(value);
    }

    public static boolean isKnown(String value) {
        return value != null && KNOWN.contains(value.strip().toUpperCase(Locale.ROOT));
    }

    /** English short name, for messages and reports. */
    public String displayName() {
        return new Locale("", value).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Set<String> knownCodes() {
        var codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
