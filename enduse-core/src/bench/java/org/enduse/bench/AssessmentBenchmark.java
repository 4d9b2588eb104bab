package org.enduse.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.enduse.core.assess.AssessmentEngine;
import org.enduse.core.assess.EvidenceLocator;
import org.enduse.core.catalog.ActorRef;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.LifecycleStatus;
import org.enduse.core.transfer.Purpose;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.QuantityUnit;
import org.enduse.core.transfer.SerialRange;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/**
 * Scale benchmark of the assessment engine (not a test; docs/benchmarks.md records its numbers):
 * loads synthetic transfers and sightings, times a full assessment, then the re-assessment after
 * one new sighting, one new transfer line and one change of terms, and reports the heap after a
 * full GC. Arguments: [lines] [sightings] [seed]; defaults 100000 1000000 42.
 */
public final class AssessmentBenchmark {
    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 3650;

    private final SplittableRandom random;
    private final SyntheticWorld world = new SyntheticWorld();
    private final Map<String, EquipmentRef> refs = new HashMap<>();
    private final Map<Long, PartialDate> days = new HashMap<>();
    private final List<TransferLine> lines = new ArrayList<>();
    private final List<Transfer> owners = new ArrayList<>();

    private AssessmentBenchmark(long seed) {
        random = new SplittableRandom(seed);
    }

    public static void main(String[] args) {
        int lineCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int sightingCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        new AssessmentBenchmark(seed).run(lineCount, sightingCount);
    }

    private void run(int lineCount, int sightingCount) {
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        AssessmentEngine engine = new AssessmentEngine(world, world, world, EvidenceLocator.sourcesOnly(), Clock.systemUTC(), AssessmentEngine.DEFAULT_KEEP);

        long t0 = System.nanoTime();
        List<Transfer> transfers = transfers(lineCount);
        transfers.forEach(engine::putTransfer);
        for (int i = 0; i < sightingCount; i++) engine.putSighting(sighting("s" + i));
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "loaded %d transfers (%d lines) and %d sightings in %.1f s%n", transfers.size(), lineCount, sightingCount, (t1 - t0) / 1e9);

        int assessed = engine.assessAll();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "full assessment of %d sightings: %.1f s%n", assessed, (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "alerts: %d%n", engine.alerts(null, null).size());

        gc();
        long heap = usedHeapMb();
        System.out.printf(Locale.ROOT, "heap used after full GC: %d MB%n", heap);

        timeMany("one new sighting", 20, i -> {
            engine.putSighting(sighting("new-" + i));
            return engine.refresh();
        });
        timeMany("one new transfer line (its family's sightings re-assessed)", 5, i -> {
            Transfer t = transfer("new-t-" + i, 1).get(0);
            engine.putTransfer(t);
            return engine.refresh();
        });
        timeMany("new terms for one transfer", 5, i -> {
            Transfer t = transfers.get(random.nextInt(transfers.size()));
            engine.setTerms(t.id(), new EndUseTerms(List.of(t.recipient().value()), List.of(), Purpose.SELF_DEFENCE, i % 2 == 0, false, null));
            return engine.refresh();
        });
        timeMany("explain one sighting (assessments with words and evidence)", 20, i -> engine.assessments("s" + random.nextInt(sightingCount)).size());
    }

    private interface Step {
        int run(int i);
    }

    private static void timeMany(String what, int times, Step step) {
        long[] micros = new long[times];
        int touched = 0;
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            touched += step.run(i);
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        java.util.Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, max %.2f ms over %d runs (%.0f sightings re-assessed on average)%n",
                what, micros[times / 2] / 1000.0, micros[times - 1] / 1000.0, times, touched / (double) times);
    }

    // ---------------------------------------------------------------- synthetic data

    private List<Transfer> transfers(int lineCount) {
        List<Transfer> out = new ArrayList<>();
        int made = 0;
        while (made < lineCount) {
            int n = Math.min(1 + random.nextInt(5), lineCount - made);
            out.addAll(transfer("t" + out.size(), n));
            made += n;
        }
        return out;
    }

    private List<Transfer> transfer(String id, int lineCount) {
        String donor = SyntheticWorld.DONORS[random.nextInt(SyntheticWorld.DONORS.length)];
        String recipient = SyntheticWorld.RECIPIENTS[random.nextInt(SyntheticWorld.RECIPIENTS.length)];
        List<TransferLine> ls = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            String type = world.typeIds.get(random.nextInt(world.typeIds.size()));
            long quantity = 1 + random.nextInt(1000);
            List<SerialRange> serials = random.nextInt(5) == 0
                    ? List.of(new SerialRange(serial(id, i, 0), serial(id, i, quantity - 1))) : List.of();
            Quantity q = random.nextInt(20) == 0 ? Quantity.unknown(QuantityUnit.ITEMS) : Quantity.items(quantity);
            if (!q.isKnown()) serials = List.of();
            LifecycleEvent delivered = new LifecycleEvent(LifecycleStatus.DELIVERED, day(random.nextInt(DAYS - 400)), null, null);
            ls.add(new TransferLine("l" + i, ref(type), q, serials, List.of(delivered), null));
        }
        EndUseTerms terms = new EndUseTerms(List.of(recipient), List.of(SyntheticWorld.force(recipient)), Purpose.SELF_DEFENCE, true, false, null);
        Transfer t = new Transfer(id, null, CountryCode.of(donor), CountryCode.of(recipient), null, null, null, ls, terms, List.of("src-" + id), null);
        for (TransferLine l : ls) {
            lines.add(l);
            owners.add(t);
        }
        return List.of(t);
    }

    private static String serial(String transferId, int line, long n) {
        return "SN" + transferId.toUpperCase(Locale.ROOT) + "X" + line + "-" + String.format(Locale.ROOT, "%06d", n);
    }

    /**
     * A sighting of an item from a random line, mostly as a monitor would record it: mostly after
     * delivery, mostly in the recipient's territory with its forces; a few across the border, with
     * armed groups or other states, with a serial read whole or in part, destroyed or captured.
     */
    private Sighting sighting(String id) {
        int k = random.nextInt(lines.size());
        TransferLine line = lines.get(k);
        Transfer t = owners.get(k);
        String type = line.equipment().typeId();
        String family = type.contains("-") ? type.substring(0, type.indexOf('-')) : type;
        int pick = random.nextInt(10);
        String seenType = pick < 7 ? type : pick < 9 ? family : family + "-v" + random.nextInt(SyntheticWorld.VARIANTS);
        long delivered = line.history().get(0).date().earliest().toEpochDay() - START.toEpochDay();
        long dayIndex = random.nextInt(20) == 0 ? random.nextLong(Math.max(1, delivered)) : delivered + random.nextInt(400);
        int r = indexOf(t.recipient().value());
        double[] c = SyntheticWorld.corner(r);
        int where = random.nextInt(20);
        Place place = where < 16 ? new Place(null, null, null, c[0] + 0.1 + 2.8 * random.nextDouble(), c[1] + 0.1 + 2.8 * random.nextDouble(), GeoPrecision.SETTLEMENT)
                : where < 18 ? new Place(null, null, "RU-BEL", null, null, GeoPrecision.REGION)
                : where < 19 ? new Place(null, t.recipient(), null, null, null, GeoPrecision.COUNTRY) : new Place(null, null, null, null, null, null);
        int who = random.nextInt(20);
        String rc = t.recipient().value();
        ActorRef holder = who < 17 ? ActorRef.id(SyntheticWorld.unit(rc, random.nextInt(SyntheticWorld.UNITS_PER_FORCE)))
                : who < 18 ? ActorRef.id(SyntheticWorld.group(random.nextInt(SyntheticWorld.ARMED_GROUPS)))
                : who < 19 ? ActorRef.id(SyntheticWorld.force(SyntheticWorld.DONORS[random.nextInt(SyntheticWorld.DONORS.length)])) : null;
        List<String> serials = List.of();
        if (!line.serials().isEmpty() && random.nextInt(2) == 0) {
            String s = serial(t.id(), Integer.parseInt(line.id().substring(1)), random.nextLong(line.quantity().amount().longValue()));
            serials = List.of(random.nextInt(5) == 0 ? s.substring(0, s.length() - 2) + "??" : s);
        }
        int state = random.nextInt(200);
        SightingStatus status = state == 0 ? SightingStatus.CAPTURED : state < 3 ? SightingStatus.DESTROYED : SightingStatus.IN_USE;
        return new Sighting(id, ref(seenType), null, List.of(), serials, place, day(dayIndex), holder, status, null, List.of("src-" + id), null);
    }

    private static int indexOf(String recipient) {
        for (int i = 0; i < SyntheticWorld.RECIPIENTS.length; i++) if (SyntheticWorld.RECIPIENTS[i].equals(recipient)) return i;
        throw new IllegalStateException(recipient);
    }

    private EquipmentRef ref(String type) {
        return refs.computeIfAbsent(type, EquipmentRef::type);
    }

    private PartialDate day(long index) {
        return days.computeIfAbsent(index, i -> PartialDate.day(START.plusDays(i)));
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) System.gc();
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
