package org.enduse.core.catalog;

import org.enduse.core.common.Checks;
import org.enduse.core.common.PartialDate;

/**
 * An office a person held: the role as a report would name it ("Minister of Defence of Ukraine"),
 * and its term. {@code to} is null while the term is open or when its end is not known for sure;
 * the entry's sources say which.
 */
public record Term(String role, PartialDate from, PartialDate to) {
    public Term {
        role = Checks.required("role", role);
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new IllegalArgumentException("term of '" + role + "' ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * "Minister of Defence of Ukraine, 2021-11-04 to 2023-09-05" ("?" for an unknown start, "open" for
     * no end); the role alone when no date is known.
     */
    public String describe() {
        if (from == null && to == null) return role;
        return role + ", " + (from == null ? "?" : from) + " to " + (to == null ? "open" : to);
    }
}
