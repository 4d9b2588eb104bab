package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why a verdict is what it is. Modelled on the causes the US State Department publishes for
 * unfavourable Blue Lantern checks (unauthorised end user or destination, re-transfer, diversion,
 * inability to confirm receipt or to verify); docs/attribution.md gives each code's meaning and its
 * Blue Lantern counterpart. A BREACH makes a potential violation, an UNCERTAINTY leaves the answer
 * open, a NOTE records something the reader should know without changing the verdict.
 */
public enum Cause {
    UNAUTHORISED_LOCATION(Kind.BREACH, "seen outside the permitted territory"),
    UNAUTHORISED_END_USER(Kind.BREACH, "held by a party that is neither a permitted end user nor part of one"),
    NON_STATE_ARMED_GROUP(Kind.BREACH, "held by a non-state armed group"),
    UNAUTHORISED_RETRANSFER(Kind.BREACH, "held by another state or its forces, with no consent recorded"),
    DIVERSION(Kind.BREACH, "seized from someone: it had left the permitted users' custody before"),
    UNAUTHORISED_PURPOSE(Kind.BREACH, "seen in a use the stated purpose excludes"),

    LOCATION_UNCERTAIN(Kind.UNCERTAINTY, "the place is too imprecise, or too near a border, to tell inside from outside"),
    INABILITY_TO_VERIFY(Kind.UNCERTAINTY, "a fact the check needs is missing (place, holder or date)"),
    TERMS_MAY_HAVE_LAPSED(Kind.UNCERTAINTY, "the sighting may fall after the terms expired"),
    NO_TERMS_RECORDED(Kind.UNCERTAINTY, "the transfer has no end-use terms on record"),
    NO_CANDIDATE(Kind.UNCERTAINTY, "no recorded transfer line fits the sighting"),

    CUSTODY_ENDED(Kind.NOTE, "the item left the recipient's custody through a recorded capture before it was seen"),
    CAPTURED_BY_HOLDER(Kind.NOTE, "the holder shows the item as captured: a loss, not a hand-over"),
    LOSS_RECORD_CONTRADICTED(Kind.NOTE, "the line was recorded lost, destroyed or disposed of before this sighting"),
    RECEIPT_UNCONFIRMED(Kind.NOTE, "no delivery is recorded for the line"),
    TERMS_LAPSED(Kind.NOTE, "seen after the terms expired: they no longer bind"),
    REVIEW_CONFIRMED(Kind.NOTE, "a reviewer confirmed the violation"),
    REVIEW_REJECTED(Kind.NOTE, "a reviewer rejected the potential violation"),
    REVIEW_OUTDATED(Kind.NOTE, "a reviewer's earlier decision no longer applies because the facts changed");

    /** What a cause does to the verdict. */
    public enum Kind { BREACH, UNCERTAINTY, NOTE }

    private final Kind kind;
    private final String meaning;

    Cause(Kind kind, String meaning) {
        this.kind = kind;
        this.meaning = meaning;
    }

    public Kind kind() {
        return kind;
    }

    public String meaning() {
        return meaning;
    }

    /** This cause as one bit of a compact set (the engine keeps millions of them). */
    int bit() {
        return 1 << ordinal();
    }

    static int bits(Set<Cause> causes) {
        int bits = 0;
        for (Cause c : causes) bits |= c.bit();
        return bits;
    }

    static EnumSet<Cause> fromBits(int bits) {
        EnumSet<Cause> set = EnumSet.noneOf(Cause.class);
        for (Cause c : values()) if ((bits & c.bit()) != 0) set.add(c);
        return set;
    }

    static List<String> names(Set<Cause> causes) {
        List<String> names = new ArrayList<>(causes.size());
        for (Cause c : causes) names.add(c.name());
        return names;
    }
}
