package org.enduse.core.assess;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.enduse.core.common.Checks;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingQuery;
import org.enduse.core.source.Source;
import org.enduse.core.storage.Store;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;

/**
 * Brings the stored assessments up to date, re-evaluating only the sightings a change can affect.
 * The engine decides; this class only chooses which sightings to ask it about and stores the answers.
 *
 * <p>What changed is found with the audit log's sequence number as the change counter: every save
 * of a transfer or sighting, from any command, import or the web, appends an audit entry in the same
 * transaction, numbered one higher than the last. A run stores the number it read up to; the next
 * run asks for the transfers and sightings with entries after it. Update timestamps would need a
 * new column kept right by every writer on every table, and two saves in the same clock tick (or a
 * clock set back) would hide a change; the counter is already there, cannot be forgotten, and
 * strictly grows.
 *
 * <p>Which sightings to re-evaluate: a changed sighting and those it can affect (sharing a serial;
 * its family when destroyed or captured); for a changed transfer, the sightings with a stored
 * candidate line in it, and, when its lines changed (not only its terms), every sighting those
 * lines can now be a candidate for. Lines are compared by a fingerprint stored per transfer, so a
 * change of terms alone re-checks only the sightings attributed to the transfer. Any sighting without
 * a stored result is evaluated too, so an interrupted run is completed by the next one.
 */
public final class IncrementalAssessment {
    /** What a run did: how many sightings it re-evaluated, of how many stored, and whether it was a full run. */
    public record Report(int evaluated, int sightings, boolean full) {}

    private final Store store;
    private final Supplier<AssessmentEngine> newEngine;
    private final Clock clock;

    /** {@code newEngine} gives an empty engine with the catalog and territory to use. */
    public IncrementalAssessment(Store store, Supplier<AssessmentEngine> newEngine, Clock clock) {
        this.store = Checks.required("store", store);
        this.newEngine = Checks.required("engine factory", newEngine);
        this.clock = Checks.required("clock", clock);
    }

    /** Re-evaluates what changed since the last run, or every sighting when {@code all} (or when there was no run yet). */
    public Report run(String user, boolean all) {
        record Inputs(List<Transfer> transfers, List<Sighting> sightings, List<Review> reviews, RecordChanges changes, boolean full,
                      Set<String> assessed, Map<String, String> fingerprints, Map<String, Set<String>> attributed) {}
        Inputs in = store.read(repos -> {
            var stored = repos.assessments();
            var mark = stored.mark();
            var changes = stored.changesAfter(mark.map(AssessmentMark::throughChange).orElse(0L));
            var transfers = repos.transfers().list(TransferQuery.all());
            Map<String, Set<String>> attributed = new HashMap<>();
            for (String t : changes.transfers()) attributed.put(t, stored.withCandidateIn(t));
            return new Inputs(transfers, repos.sightings().list(SightingQuery.all()), stored.reviews(), changes, all || mark.isEmpty(),
                    stored.assessed(), stored.lineFingerprints(), attributed);
        });
        Map<String, String> fingerprints = new HashMap<>();
        for (Transfer t : in.transfers()) fingerprints.put(t.id(), fingerprint(t));
        Set<String> todo = new TreeSet<>();
        for (Sighting s : in.sightings()) {
            if (in.full() || !in.assessed().contains(s.id())) todo.add(s.id());
        }
        boolean changed = !in.changes().transfers().isEmpty() || !in.changes().sightings().isEmpty();
        // Loading the engine (catalog, territory, every record) is most of a run's time: skip it when there is nothing to do.
        AssessmentEngine engine = todo.isEmpty() && !changed ? null : newEngine.get();
        if (engine != null) {
            in.transfers().forEach(engine::putTransfer);
            in.sightings().forEach(engine::putSighting);
            in.reviews().forEach(engine::putReview);
        }
        if (!in.full() && changed) {
            for (String s : in.changes().sightings()) if (engine.sighting(s).isPresent()) todo.addAll(engine.sightingsAffectedBySighting(s));
            for (String t : in.changes().transfers()) {
                todo.addAll(in.attributed().getOrDefault(t, Set.of()));
                if (!fingerprints.get(t).equals(in.fingerprints().get(t))) todo.addAll(engine.sightingsAffectedByTransfer(t));
            }
            todo.removeIf(id -> engine.sighting(id).isEmpty());
        }
        List<SightingResult> results = new ArrayList<>();
        for (String id : todo) results.add(engine.result(id));

        store.write(user, repos -> {
            var stored = repos.assessments();
            results.forEach(stored::replace);
            fingerprints.forEach((t, fp) -> {
                if (!fp.equals(in.fingerprints().get(t))) stored.lineFingerprint(t, fp);
            });
            stored.mark(new AssessmentMark(in.changes().upTo(), clock.instant(), results.size(), in.full()));
            return null;
        });
        return new Report(results.size(), in.sightings().size(), in.full());
    }

    /** What attribution reads from a transfer (its parties and lines), hashed: equal when only the terms, name or note changed. */
    static String fingerprint(Transfer t) {
        return Source.sha256Of(List.of(t.donor(), t.recipient(), t.lines()).toString().getBytes(StandardCharsets.UTF_8));
    }
}
