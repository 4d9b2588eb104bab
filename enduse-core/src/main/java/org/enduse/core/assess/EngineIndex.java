package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enduse.core.common.CountryCode;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.SerialNumbers;
import org.enduse.core.transfer.SerialRange;

/**
 * The engine's indexes: lines by family and serial, sightings by family and serial, and how many
 * donors gave each family to each recipient. Every change reports, through {@code touched}, the
 * sightings whose assessment it may change, and no others.
 */
final class EngineIndex implements Attributor.LinePool {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private final Map<String, List<LineEntry>> linesByFamily = new HashMap<>();
    private final Map<String, List<LineEntry>> linesBySerial = new HashMap<>();
    /** Lines with serial ranges, by the range's stem: its prefix and the width of its number. */
    private final Map<String, List<LineEntry>> linesByStem = new HashMap<>();
    private final Map<String, DonorTally> donorLines = new HashMap<>();

    /** How many lines each donor gave of one family to one recipient. */
    static final class DonorTally {
        private final Map<CountryCode, Integer> lines = new HashMap<>();

        /** lines.size(), kept in a field: it is read for every candidate of every sighting. */
        private int donors;

        int donors() {
            return donors;
        }
    }

    final List<SightingEntry> sightings = new ArrayList<>();
    private final Map<String, Set<Integer>> sightingsByFamily = new HashMap<>();
    private final Map<String, Set<Integer>> sightingsBySerial = new HashMap<>();
    private final Map<String, Set<Integer>> sightingsByStem = new HashMap<>();

    // ---- lines

    void addLine(LineEntry l, IntConsumer touched) {
        List<LineEntry> family = linesByFamily.computeIfAbsent(l.equipment.familyKey(), k -> new ArrayList<>());
        int at = family.size();
        while (at > 0 && family.get(at - 1).arrivalBound > l.arrivalBound) at--;
        family.add(at, l);
        l.tally = donorLines.computeIfAbsent(donorKey(l.transfer.recipient(), l.equipment.familyKey()), k -> new DonorTally());
        l.tally.lines.merge(l.transfer.donor(), 1, Integer::sum);
        l.tally.donors = l.tally.lines.size();
        for (SerialRange r : l.line.serials()) {
            if (r.isRange()) linesByStem.computeIfAbsent(stem(SerialNumbers.normalise(r.first())), k -> new ArrayList<>()).add(l);
            else linesBySerial.computeIfAbsent(SerialNumbers.normalise(r.first()), k -> new ArrayList<>()).add(l);
        }
        for (int i : sightingsSharingSerials(l)) {
            SightingEntry s = sightings.get(i);
            if (s.sighting.status() == SightingStatus.DESTROYED) {
                for (SerialReading r : s.readings) if (!r.isPartial() && l.line.coversSerial(r.normalised())) l.markDestroyed(r.normalised(), true);
            }
        }
        touchLine(l, touched);
    }

    void removeLine(LineEntry l, IntConsumer touched) {
        remove(linesByFamily, l.equipment.familyKey(), l);
        String dk = donorKey(l.transfer.recipient(), l.equipment.familyKey());
        DonorTally tally = donorLines.get(dk);
        if (tally != null && tally.lines.merge(l.transfer.donor(), -1, Integer::sum) <= 0) {
            tally.lines.remove(l.transfer.donor());
            if (tally.lines.isEmpty()) donorLines.remove(dk);
        }
        if (tally != null) tally.donors = tally.lines.size();
        for (SerialRange r : l.line.serials()) {
            if (r.isRange()) remove(linesByStem, stem(SerialNumbers.normalise(r.first())), l);
            else remove(linesBySerial, SerialNumbers.normalise(r.first()), l);
        }
        touchLine(l, touched);
    }

    /** The sightings a line can be a candidate for: its family's, and those sharing one of its serials. */
    void touchLine(LineEntry l, IntConsumer touched) {
        sightingsByFamily.getOrDefault(l.equipment.familyKey(), Set.of()).forEach(touched::accept);
        sightingsSharingSerials(l).forEach(touched::accept);
    }

    /** Sightings of this line's family, for changes that alter only its terms. */
    Set<Integer> sightingsOfFamily(String familyKey) {
        return sightingsByFamily.getOrDefault(familyKey, Set.of());
    }

    Set<Integer> sightingsSharingSerials(LineEntry l) {
        Set<Integer> out = new HashSet<>();
        for (SerialRange r : l.line.serials()) {
            String first = SerialNumbers.normalise(r.first());
            if (!r.isRange()) {
                out.addAll(sightingsBySerial.getOrDefault(first, Set.of()));
                continue;
            }
            for (int i : sightingsByStem.getOrDefault(stem(first), Set.of())) {
                for (SerialReading reading : sightings.get(i).readings) {
                    if (!reading.isPartial() && r.contains(reading.normalised())) out.add(i);
                }
            }
        }
        return out;
    }

    // ---- sightings

    void addSighting(SightingEntry s, IntConsumer touched) {
        while (sightings.size() <= s.index) sightings.add(null);
        sightings.set(s.index, s);
        sightingsByFamily.computeIfAbsent(s.equipment.familyKey(), k -> new HashSet<>()).add(s.index);
        for (SerialReading r : s.readings) {
            if (r.isPartial()) continue;
            sightingsBySerial.computeIfAbsent(r.normalised(), k -> new HashSet<>()).add(s.index);
            sightingsByStem.computeIfAbsent(stem(r.normalised()), k -> new HashSet<>()).add(s.index);
        }
        serialEffects(s, touched);
        touched.accept(s.index);
    }

    /** The sighting itself, those sharing one of its serials, and (seen destroyed or captured) those of its family. */
    void touchedBy(SightingEntry s, IntConsumer touched) {
        touched.accept(s.index);
        for (SerialReading r : s.readings) {
            if (!r.isPartial()) sightingsBySerial.getOrDefault(r.normalised(), Set.of()).forEach(touched::accept);
        }
        SightingStatus status = s.sighting.status();
        if (status == SightingStatus.DESTROYED || status == SightingStatus.CAPTURED) {
            sightingsByFamily.getOrDefault(s.equipment.familyKey(), Set.of()).forEach(touched::accept);
        }
    }

    void removeSighting(SightingEntry s, IntConsumer touched) {
        sightings.set(s.index, null);
        removeIndex(sightingsByFamily, s.equipment.familyKey(), s.index);
        for (SerialReading r : s.readings) {
            if (r.isPartial()) continue;
            removeIndex(sightingsBySerial, r.normalised(), s.index);
            removeIndex(sightingsByStem, stem(r.normalised()), s.index);
        }
        serialEffects(s, touched);
    }

    /**
     * A sighting with a serial can change others: seen destroyed, it accounts for an item of the
     * lines that list the serial (which changes every sighting of their family); seen captured, it
     * ends the recipient's custody for later sightings of the same serial.
     */
    private void serialEffects(SightingEntry s, IntConsumer touched) {
        SightingStatus status = s.sighting.status();
        if (status != SightingStatus.DESTROYED && status != SightingStatus.CAPTURED) return;
        for (SerialReading r : s.readings) {
            if (r.isPartial()) continue;
            String serial = r.normalised();
            if (status == SightingStatus.CAPTURED) {
                sightingsBySerial.getOrDefault(serial, Set.of()).forEach(touched::accept);
                continue;
            }
            for (LineEntry l : linesWithSerial(serial)) {
                boolean destroyed = sightingsBySerial.getOrDefault(serial, Set.of()).stream()
                        .anyMatch(i -> sightings.get(i).sighting.status() == SightingStatus.DESTROYED);
                boolean changed = l.markDestroyed(serial, destroyed);
                if (changed) sightingsByFamily.getOrDefault(l.equipment.familyKey(), Set.of()).forEach(touched::accept);
            }
        }
    }

    /** The earliest sighting shown captured, before {@code s}, of a serial read on {@code s} and of the line's family. */
    Sighting earlierCapture(SightingEntry s, LineEntry line) {
        Sighting found = null;
        if (!s.dated) return null;
        for (SerialReading r : s.readings) {
            if (r.isPartial() || !line.line.coversSerial(r.normalised())) continue;
            for (int i : sightingsBySerial.getOrDefault(r.normalised(), Set.of())) {
                SightingEntry other = sightings.get(i);
                if (i == s.index || other.sighting.status() != SightingStatus.CAPTURED || !other.dated || other.latest >= s.earliest) continue;
                if (!other.equipment.familyKey().equals(line.equipment.familyKey())) continue;
                if (found == null || other.sighting.observed().compareTo(found.observed()) < 0) found = other.sighting;
            }
        }
        return found;
    }

    // ---- the pool the attributor draws from

    @Override
    public List<LineEntry> familyLines(SightingEntry s) {
        return linesByFamily.getOrDefault(s.equipment.familyKey(), List.of());
    }

    @Override
    public List<LineEntry> serialLines(SightingEntry s) {
        List<LineEntry> bySerial = null;
        for (SerialReading r : s.readings) {
            if (r.isPartial()) continue;
            for (LineEntry l : linesWithSerial(r.normalised())) {
                if (l.equipment.familyKey().equals(s.equipment.familyKey())) continue;
                if (bySerial == null) bySerial = new ArrayList<>();
                if (!bySerial.contains(l)) bySerial.add(l);
            }
        }
        return bySerial == null ? List.of() : bySerial;
    }

    @Override
    public int donors(LineEntry line) {
        return line.tally.donors();
    }

    private List<LineEntry> linesWithSerial(String serial) {
        List<LineEntry> exact = linesBySerial.getOrDefault(serial, List.of());
        List<LineEntry> ranged = linesByStem.getOrDefault(stem(serial), List.of());
        if (ranged.isEmpty()) return exact;
        List<LineEntry> out = new ArrayList<>(exact);
        for (LineEntry l : ranged) if (!out.contains(l) && l.line.coversSerial(serial)) out.add(l);
        return out;
    }

    /** A serial's prefix and the width of its trailing number ("FN#6" for FN123456); serials without a number are their own stem. */
    static String stem(String normalised) {
        Matcher m = TRAILING_NUMBER.matcher(normalised);
        return m.matches() ? m.group(1) + "#" + m.group(2).length() : normalised;
    }

    private static String donorKey(CountryCode recipient, String familyKey) {
        return recipient.value() + "|" + familyKey;
    }

    private static <T> void remove(Map<String, List<T>> map, String key, T value) {
        List<T> list = map.get(key);
        if (list == null) return;
        list.remove(value);
        if (list.isEmpty()) map.remove(key);
    }

    private static void removeIndex(Map<String, Set<Integer>> map, String key, int value) {
        Set<Integer> set = map.get(key);
        if (set == null) return;
        set.remove(value);
        if (set.isEmpty()) map.remove(key);
    }
}
