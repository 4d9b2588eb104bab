package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.enduse.core.assess.CandidateFacts.EquipmentFit;
import org.enduse.core.assess.CandidateFacts.HolderFit;
import org.enduse.core.assess.CandidateFacts.PlaceFit;
import org.enduse.core.assess.CandidateFacts.SerialFit;
import org.enduse.core.assess.CandidateFacts.TimeFit;
import org.enduse.core.common.CountryCode;

/**
 * Ranks the transfer lines a sighted item may come from. A line is considered when it shares the
 * item's equipment family or one of its serials; it is ruled out when the item was seen before the
 * line could have arrived; the rest are scored by {@link Scoring} and ranked, best first.
 */
final class Attributor {
    /** Where the attributor finds lines; the engine answers from its indexes. */
    interface LinePool {
        /** The lines of the sighting's family, sorted by {@link LineEntry#arrivalBound}. */
        List<LineEntry> familyLines(SightingEntry s);

        /** Lines of other families that list one of the sighting's serials, each once. */
        List<LineEntry> serialLines(SightingEntry s);

        /** How many donors gave this line's family to its recipient, among recorded transfers. */
        int donors(LineEntry line);
    }

    /** A scored candidate. */
    record Ranked(LineEntry line, CandidateFacts facts, double share, double points) {}

    /** The best candidates (at most the limit asked for) and what was ruled out. */
    record Ranking(List<Ranked> best, List<CandidateFacts> ruledOut) {}

    private static final Comparator<Ranked> BEST_FIRST = (a, b) -> {
        int byPoints = Double.compare(b.points(), a.points());
        return byPoints != 0 ? byPoints : a.line().key.compareTo(b.line().key);
    };
    private static final ConcurrentHashMap<CountryCode, String> NAMES = new ConcurrentHashMap<>();

    /**
     * Scores every line that may be the source and keeps the best {@code limit}. With
     * {@code listRuledOut} false, the family's lines that arrived after the sighting are skipped
     * without a look (they are sorted by arrival), which is most of the work saved in a full run.
     */
    Ranking rank(SightingEntry s, LinePool pool, int limit, boolean listRuledOut) {
        List<CandidateFacts> kept = new ArrayList<>();
        List<CandidateFacts> ruledOut = new ArrayList<>();
        for (LineEntry line : pool.familyLines(s)) {
            if (!listRuledOut && s.dated && line.arrivalBound > s.latest) break;
            CandidateFacts f = facts(s, line, pool);
            if (f.time() != TimeFit.BEFORE_DELIVERY) kept.add(f);
            else if (listRuledOut) ruledOut.add(f);
        }
        for (LineEntry line : pool.serialLines(s)) {
            CandidateFacts f = facts(s, line, pool);
            if (f.time() != TimeFit.BEFORE_DELIVERY) kept.add(f);
            else if (listRuledOut) ruledOut.add(f);
        }
        double[] shares = shares(kept);
        List<Ranked> best = new ArrayList<>(Math.min(limit, kept.size()) + 1);
        for (int i = 0; i < kept.size(); i++) {
            CandidateFacts f = kept.get(i);
            double points = Scoring.points(f, shares[i]);
            if (best.size() == limit && points < best.get(limit - 1).points()) continue;
            insert(best, new Ranked(f.line(), f, shares[i], points), limit);
        }
        return new Ranking(best, ruledOut);
    }

    Attribution explain(SightingEntry s, LinePool pool) {
        Ranking r = rank(s, pool, Integer.MAX_VALUE, true);
        List<Candidate> candidates = new ArrayList<>(r.best().size());
        for (Ranked c : r.best()) {
            candidates.add(new Candidate(c.line().transfer.id(), c.line().line.id(), c.line().transfer.donor(), c.line().transfer.recipient(),
                    Scoring.round(c.points()), Scoring.explain(c.facts(), c.share(), s)));
        }
        List<String> ruledOut = r.ruledOut().stream().map(f -> f.line().key() + ": seen " + s.sighting.observed()
                + ", before it could have arrived (" + arrival(f.line()) + ")").sorted().toList();
        String none = candidates.isEmpty() ? noCandidateReason(s, r) : null;
        return new Attribution(s.id(), candidates, ruledOut, none);
    }

    private static String arrival(LineEntry l) {
        return l.delivery != null ? "delivered " + l.delivery.date() : "shipped " + l.earliestArrivalBound.date();
    }

    private static String noCandidateReason(SightingEntry s, Ranking r) {
        if (r.ruledOut().isEmpty()) return "no recorded transfer line has " + s.equipment.label() + " or its family, or one of its serials";
        return "every line with " + s.equipment.label() + " (" + r.ruledOut().size() + ") arrived after the sighting";
    }

    /** Keeps {@code best} sorted and at most {@code limit} long; cheaper than sorting every candidate. */
    private static void insert(List<Ranked> best, Ranked r, int limit) {
        int at = best.size();
        while (at > 0 && BEST_FIRST.compare(r, best.get(at - 1)) < 0) at--;
        if (at >= limit) return;
        best.add(at, r);
        if (best.size() > limit) best.remove(best.size() - 1);
    }

    /**
     * Each candidate's share of the items still unaccounted for. A line of unknown quantity counts
     * as an average line of known quantity (or as one item when no count is known), so it is
     * neither favoured nor dropped.
     */
    private static double[] shares(List<CandidateFacts> kept) {
        double knownTotal = 0;
        int known = 0;
        for (CandidateFacts f : kept) {
            if (f.unaccounted() >= 0) {
                knownTotal += f.unaccounted();
                known++;
            }
        }
        double average = known > 0 && knownTotal > 0 ? knownTotal / known : 1;
        double total = 0;
        double[] weights = new double[kept.size()];
        for (int i = 0; i < weights.length; i++) {
            long u = kept.get(i).unaccounted();
            weights[i] = u >= 0 ? u : average;
            total += weights[i];
        }
        for (int i = 0; i < weights.length; i++) weights[i] = total > 0 ? weights[i] / total : 0;
        return weights;
    }

    private static CandidateFacts facts(SightingEntry s, LineEntry l, LinePool pool) {
        SerialFit serial = SerialFit.NONE;
        String serialText = null;
        if (!s.readings.isEmpty() && !l.line.serials().isEmpty()) {
            for (SerialReading reading : s.readings) {
                if (!l.fits(reading)) continue;
                if (!reading.isPartial()) {
                    serial = SerialFit.EXACT;
                    serialText = reading.text();
                    break;
                }
                serial = SerialFit.PARTIAL;
                serialText = reading.text();
            }
            if (serial == SerialFit.NONE && l.serialsComplete) {
                for (SerialReading reading : s.readings) {
                    if (!reading.isPartial()) {
                        serial = SerialFit.CONTRADICTED;
                        serialText = reading.text();
                        break;
                    }
                }
            }
        }
        return new CandidateFacts(l, serial, serialText, equipment(s.equipment, l.equipment), pool.donors(l),
                l.origin, markingsName(s, l.transfer.donor()), time(s, l), unaccounted(s, l), holder(s, l), place(s, l));
    }

    private static EquipmentFit equipment(EquipmentKeys.Info seen, EquipmentKeys.Info line) {
        if (seen == line && seen.typeId() != null) return EquipmentFit.TYPE;
        if (seen.typeId() != null && seen.typeId().equals(line.typeId())) return EquipmentFit.TYPE;
        if (seen.sameLineage(line)) return EquipmentFit.VARIANT;
        if (!seen.familyKey().equals(line.familyKey())) return EquipmentFit.DIFFERENT;
        return seen.typeId() == null ? EquipmentFit.DESCRIPTION : EquipmentFit.FAMILY;
    }

    private static boolean markingsName(SightingEntry s, CountryCode donor) {
        if (s.markings.isEmpty()) return false;
        String name = NAMES.computeIfAbsent(donor, c -> " " + c.displayName().toUpperCase(Locale.ROOT) + " ");
        return s.markings.contains(name) || s.markings.contains(" " + donor.value() + " ");
    }

    private static TimeFit time(SightingEntry s, LineEntry l) {
        if (l.delivery == null) {
            if (s.dated && l.earliestArrivalBound != null && s.latest < l.arrivesFrom) return TimeFit.BEFORE_DELIVERY;
            return s.dated ? TimeFit.DELIVERY_UNKNOWN : TimeFit.UNDATED;
        }
        if (!s.dated) return TimeFit.UNDATED;
        if (s.latest < l.deliveredFrom) return TimeFit.BEFORE_DELIVERY;
        if (s.earliest >= l.deliveredTo) return TimeFit.AFTER_DELIVERY;
        return TimeFit.MAY_PRECEDE_DELIVERY;
    }

    /** Items not yet accounted for: the line's count less the other items of it seen destroyed. */
    private static long unaccounted(SightingEntry s, LineEntry l) {
        if (l.items < 0) return -1;
        if (l.destroyedCount == 0) return l.items;
        long destroyed = 0;
        for (String serial : l.destroyedSerials) {
            boolean thisItem = false;
            for (SerialReading r : s.readings) thisItem |= !r.isPartial() && r.normalised().equals(serial);
            if (!thisItem) destroyed++;
        }
        return Math.max(0, l.items - destroyed);
    }

    private static HolderFit holder(SightingEntry s, LineEntry l) {
        if (s.holder == null) return HolderFit.UNKNOWN;
        if (l.recipient.equals(s.holderRoot)) return HolderFit.RECIPIENT;
        if (l.donor.equals(s.holderRoot)) return HolderFit.DONOR;
        return HolderFit.OTHER;
    }

    private static PlaceFit place(SightingEntry s, LineEntry l) {
        if (s.country == null) return PlaceFit.UNKNOWN;
        if (l.recipient.equals(s.country)) return PlaceFit.RECIPIENT;
        if (l.donor.equals(s.country)) return PlaceFit.DONOR;
        return PlaceFit.OTHER;
    }
}
