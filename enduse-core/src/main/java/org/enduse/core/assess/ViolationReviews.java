package org.enduse.core.assess;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.storage.Store;

/**
 * A reviewer's decision on a potential violation, stored so that every later run applies it: only
 * this turns a potential violation into a confirmed one (or, rejected, into compliant). The decision
 * is about one sighting against one candidate line, as the stored assessment names them; the next
 * `assess` re-evaluates that sighting because the decision is audited as its change.
 */
public final class ViolationReviews {
    private static final Set<Verdict> DECIDABLE = Set.of(Verdict.POTENTIAL_VIOLATION, Verdict.VIOLATION_CONFIRMED);
    private final Store store;
    private final Clock clock;

    public ViolationReviews(Store store, Clock clock) {
        this.store = Checks.required("store", store);
        this.clock = Checks.required("clock", clock);
    }

    /**
     * Records the decision on the sighting's candidate line in the transfer ({@code lineId} may be
     * null when the transfer has one candidate line for it). Refused, changing nothing, when the
     * sighting was not assessed, has no such candidate, or the candidate is not a potential
     * violation and was never reviewed.
     */
    public Review decide(String user, String sightingId, String transferId, String lineId, ReviewDecision decision, String note) {
        Checks.required("decision", decision);
        return store.write(user, repos -> {
            if (!repos.sightings().exists(sightingId)) throw new NotFoundException("sighting", sightingId);
            SightingResult result = repos.assessments().find(sightingId).orElseThrow(() -> InvalidInputException.field("sighting",
                    sightingId + " has not been assessed yet: run enduse assess first"));
            List<Assessment> lines = result.assessments().stream().filter(a -> transferId.equals(a.transferId()))
                    .filter(a -> lineId == null || lineId.equals(a.lineId())).toList();
            if (lines.isEmpty()) {
                throw InvalidInputException.field("transfer", sightingId + " has no candidate line in " + transferId
                        + (lineId == null ? "" : "/" + lineId) + " (see: enduse explain " + sightingId + ")");
            }
            if (lines.size() > 1) {
                throw InvalidInputException.field("line", "transfer " + transferId + " has " + lines.size() + " candidate lines for " + sightingId
                        + ": give one of " + String.join(", ", lines.stream().map(Assessment::lineId).toList()));
            }
            Assessment candidate = lines.get(0);
            boolean reviewedBefore = repos.assessments().reviews().stream()
                    .anyMatch(r -> r.sightingId().equals(sightingId) && r.transferId().equals(transferId) && r.lineId().equals(candidate.lineId()));
            if (!DECIDABLE.contains(candidate.verdict()) && !reviewedBefore) {
                throw InvalidInputException.field("decision", "only a potential violation is confirmed or rejected; " + sightingId + " against "
                        + transferId + "/" + candidate.lineId() + " is " + candidate.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
            Review review = new Review(sightingId, transferId, candidate.lineId(), decision, user, clock.instant(), note);
            repos.assessments().saveReview(review);
            return review;
        });
    }
}
