package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enduse.core.assess.CandidateFacts.HolderFit;
import org.enduse.core.common.CountryCode;

/**
 * Weighs a candidate's facts into points, and says each in words. Both use the same per-factor
 * points, so a score and its explanation can never disagree. docs/attribution.md gives the reasons
 * for each weight.
 */
final class Scoring {
    static final double SERIAL_EXACT = 40, SERIAL_PARTIAL = 15, SERIAL_CONTRADICTED = -25;
    static final double TYPE = 20, VARIANT = 14, FAMILY = 8, DESCRIPTION = 8, DIFFERENT_EQUIPMENT = -10;
    static final double ORIGIN_DONOR = 5, ORIGIN_ELSEWHERE = 2;
    static final double AFTER_DELIVERY = 5, MAY_PRECEDE_DELIVERY = 2;
    static final double NONE_LEFT = -15;
    static final double HOLDER_RECIPIENT = 10, HOLDER_DONOR = -20;
    static final double PLACE_RECIPIENT = 10, PLACE_DONOR = -10;
    private static final Factor[] FACTORS = Factor.values();

    private Scoring() {}

    /** The total points; {@code share} is the line's share of the candidates' unaccounted items (0..1). */
    static double points(CandidateFacts f, double share) {
        double total = 0;
        for (Factor factor : FACTORS) total += points(factor, f, share);
        return total;
    }

    static double points(Factor factor, CandidateFacts f, double share) {
        return switch (factor) {
            case SERIAL -> switch (f.serial()) {
                case EXACT -> SERIAL_EXACT;
                case PARTIAL -> SERIAL_PARTIAL;
                case CONTRADICTED -> SERIAL_CONTRADICTED;
                case NONE -> 0;
            };
            case EQUIPMENT -> switch (f.equipment()) {
                case TYPE -> TYPE;
                case VARIANT -> VARIANT;
                case FAMILY -> FAMILY;
                case DESCRIPTION -> DESCRIPTION;
                case DIFFERENT -> DIFFERENT_EQUIPMENT;
            };
            case EXCLUSIVITY -> f.donors() > 0 ? Factor.EXCLUSIVITY.weight() / (double) f.donors() : 0;
            case ORIGIN -> switch (f.origin()) {
                case DONOR_MAKES_IT -> ORIGIN_DONOR;
                case MADE_ELSEWHERE -> ORIGIN_ELSEWHERE;
                case UNKNOWN -> 0;
            };
            case MARKINGS -> f.markingNamesDonor() ? Factor.MARKINGS.weight() : 0;
            case TIME -> switch (f.time()) {
                case AFTER_DELIVERY -> AFTER_DELIVERY;
                case MAY_PRECEDE_DELIVERY -> MAY_PRECEDE_DELIVERY;
                default -> 0;
            };
            case QUANTITY -> f.unaccounted() == 0 ? NONE_LEFT : Factor.QUANTITY.weight() * share;
            case HOLDER -> f.holder() == HolderFit.RECIPIENT ? HOLDER_RECIPIENT : f.holder() == HolderFit.DONOR ? HOLDER_DONOR : 0;
            case PLACE -> switch (f.place()) {
                case RECIPIENT -> PLACE_RECIPIENT;
                case DONOR -> PLACE_DONOR;
                default -> 0;
            };
        };
    }

    /** Every factor with its points and reason, in the order of {@link Factor}. */
    static List<FactorScore> explain(CandidateFacts f, double share, SightingEntry s) {
        List<FactorScore> out = new ArrayList<>(Factor.values().length);
        for (Factor factor : Factor.values()) out.add(new FactorScore(factor, round(points(factor, f, share)), reason(factor, f, share, s)));
        return out;
    }

    private static String reason(Factor factor, CandidateFacts f, double share, SightingEntry s) {
        LineEntry l = f.line();
        CountryCode donor = l.transfer.donor();
        CountryCode recipient = l.transfer.recipient();
        return switch (factor) {
            case SERIAL -> switch (f.serial()) {
                case EXACT -> "serial " + f.serialText() + " read on the item is among the line's serials";
                case PARTIAL -> "partial reading " + f.serialText() + " fits one of the line's serials";
                case CONTRADICTED -> "serial " + f.serialText() + " is not among the line's serials, which are listed for every item";
                case NONE -> s.readings.isEmpty() ? "no readable serial on the item" : "the line lists no serial that could confirm or contradict the reading";
            };
            case EQUIPMENT -> switch (f.equipment()) {
                case TYPE -> "same catalog type (" + l.equipment.label() + ")";
                case VARIANT -> s.equipment.label() + " and " + l.equipment.label() + " are the same type at different levels of detail (one is a variant of the other)";
                case FAMILY -> "same family only: seen " + s.equipment.label() + ", line has " + l.equipment.label();
                case DESCRIPTION -> "same description (\"" + l.equipment.label() + "\"), no catalog type on either side";
                case DIFFERENT -> "different equipment (seen " + s.equipment.label() + ", line has " + l.equipment.label() + "): only the serial links them";
            };
            case EXCLUSIVITY -> f.donors() == 1 ? "only " + donor + " gave this family to " + recipient + " among recorded transfers"
                    : f.donors() + " donors gave this family to " + recipient + " among recorded transfers";
            case ORIGIN -> switch (f.origin()) {
                case DONOR_MAKES_IT -> donor + " is the type's country of origin: it gives from its own production or stock";
                case MADE_ELSEWHERE -> "made in " + l.equipment.origin() + ", given by " + donor + ": second-hand stock, less common";
                case UNKNOWN -> "the catalog gives no country of origin";
            };
            case MARKINGS -> f.markingNamesDonor() ? "a marking on the item names " + donor + " (" + donor.displayName() + ")"
                    : "no marking names the donor";
            case TIME -> switch (f.time()) {
                case AFTER_DELIVERY -> "seen " + s.sighting.observed() + ", after delivery (" + l.delivery.date() + ")";
                case MAY_PRECEDE_DELIVERY -> "seen " + s.sighting.observed() + ", delivery " + l.delivery.date() + ": the dates overlap, so it may precede delivery";
                case DELIVERY_UNKNOWN -> "no delivery date recorded for the line";
                case UNDATED -> "the sighting is undated";
                case BEFORE_DELIVERY -> "seen before delivery";
            };
            case QUANTITY -> quantityReason(f, share);
            case HOLDER -> switch (f.holder()) {
                case RECIPIENT -> "held by " + s.sighting.holder() + ", part of the recipient " + recipient;
                case DONOR -> "held by " + s.sighting.holder() + ", part of the donor " + donor + ": more likely the donor's own stock";
                case OTHER -> "held by " + s.sighting.holder() + ", neither recipient nor donor";
                case UNKNOWN -> s.sighting.holder() == null ? "holder unknown" : "holder " + s.sighting.holder() + " is not in the catalog";
            };
            case PLACE -> switch (f.place()) {
                case RECIPIENT -> "seen in " + recipient + ", the recipient's country";
                case DONOR -> "seen in " + donor + ", the donor's country: more likely the donor's own stock";
                case OTHER -> "seen in " + s.country;
                case UNKNOWN -> "country of the place unknown";
            };
        };
    }

    private static String quantityReason(CandidateFacts f, double share) {
        long items = f.line().items;
        if (f.unaccounted() < 0) return "quantity unknown: counted as an average line (" + percent(share) + " of the candidates' unaccounted items)";
        if (f.unaccounted() == 0) return "all " + items + " items are accounted for (seen destroyed)";
        return f.unaccounted() + " of " + items + " items not accounted for: " + percent(share) + " of the candidates' unaccounted items";
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static double round(double points) {
        return Math.round(points * 10) / 10.0;
    }

    static String signed(double points) {
        String n = String.format(Locale.ROOT, "%.1f", points);
        return points >= 0 ? "+" + n : n;
    }
}
