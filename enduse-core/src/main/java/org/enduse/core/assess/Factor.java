package org.enduse.core.assess;

/**
 * The factors of an attribution score, each with the most points it can add. docs/attribution.md
 * explains each weight; {@link Scoring} turns facts into points.
 */
public enum Factor {
    /** The serial read off the item is in the line (exact), fits a readable fragment (partial), or is absent from a complete serial list (contradicted). */
    SERIAL(40),
    /** Same catalog type, a variant or parent of it, or only the same family. */
    EQUIPMENT(20),
    /** How few donors gave this family to the line's recipient. */
    EXCLUSIVITY(10),
    /** Whether the donor is the country that makes the type. */
    ORIGIN(5),
    /** A marking on the item names the donor. */
    MARKINGS(10),
    /** Seen after the line's delivery; seen before it rules the line out. */
    TIME(5),
    /** The line's share of the items still unaccounted for among the candidates. */
    QUANTITY(10),
    /** Held by the recipient's own forces (fits) or the donor's (points to the donor's own stock). */
    HOLDER(10),
    /** Seen in the recipient's country (fits) or the donor's (points to the donor's own stock). */
    PLACE(10);

    private final int weight;

    Factor(int weight) {
        this.weight = weight;
    }

    /** The most points this factor can add. */
    public int weight() {
        return weight;
    }
}
