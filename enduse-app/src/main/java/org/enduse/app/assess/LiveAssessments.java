package org.enduse.app.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.AssessmentEngine;
import org.enduse.core.assess.AssessmentResults;
import org.enduse.core.assess.SightingAssessment;
import org.enduse.core.common.CountryCode;
import org.enduse.store.audit.RecordChanges;

/**
 * Assessment results from an engine kept in memory for a long-running server, rebuilt when the
 * audit log shows a record changed since it was built. Building reads every transfer and sighting,
 * so it happens once per change, not once per request; requests in between share the engine
 * (its methods are synchronized).
 */
public final class LiveAssessments implements AssessmentResults {
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;
    private final Supplier<AssessmentEngine> build;
    private final RecordChanges changes;
    private AssessmentEngine engine;
    private long builtAt = -1;
    /** When the audit log was last asked for changes (System.nanoTime). */
    private long checkedAt;
    /** Every alert of the current engine, computed once per build: the unfiltered list is what lists and tiles read. */
    private List<Alert> allAlerts;

    public LiveAssessments(Supplier<AssessmentEngine> build, RecordChanges changes) {
        this.build = build;
        this.changes = changes;
    }

    /** Unfiltered, the same list object until the engine is rebuilt, so callers may key caches on it. */
    @Override
    public List<Alert> alerts(LocalDate since, CountryCode donor) {
        AssessmentEngine e = current();
        if (since != null || donor != null) return e.alerts(since, donor);
        synchronized (this) {
            if (allAlerts == null) allAlerts = List.copyOf(e.alerts(null, null));
            return allAlerts;
        }
    }

    @Override
    public Optional<SightingAssessment> ofSighting(String sightingId) {
        return SightingAssessment.of(current(), sightingId);
    }

    /**
     * The engine, rebuilt first when records changed since it was built. The audit log is asked at
     * most once per {@link #CHECK_EVERY_NANOS}: a change shows within a second, and a burst of
     * requests does not queue behind one database query each.
     */
    private synchronized AssessmentEngine current() {
        long now = System.nanoTime();
        if (engine != null && now - checkedAt < CHECK_EVERY_NANOS) return engine;
        checkedAt = now;
        long latest = changes.latest();
        if (engine == null || (latest != builtAt && changes.recordsChangedBetween(builtAt, latest))) {
            // Read the version before building: a write landing during the build is seen by the next request.
            engine = build.get();
            allAlerts = null;
        }
        builtAt = latest;
        return engine;
    }
}
