package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.geo.Territory;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingStatus;
import org.enduse.core.transfer.EndUseTerms;

/**
 * Checks one sighting against the end-use terms of one candidate line and gives the verdict:
 * a breach makes a potential violation, an open question leaves it at insufficient information,
 * and only a reviewer's confirmation makes a violation confirmed.
 */
final class TermsChecker {
    /** The verdict, its causes and every finding behind it, in the order the rules ran. */
    record Outcome(Verdict verdict, EnumSet<Cause> causes, List<Finding> findings) {}

    private final TerritoryCheck territory;
    private final EndUserCheck endUser;
    private final RetransferCheck retransfer;

    TermsChecker(ActorDirectory actors, Territory territory) {
        this.territory = new TerritoryCheck(territory);
        this.endUser = new EndUserCheck(actors);
        this.retransfer = new RetransferCheck(actors);
    }

    /**
     * @param territoryMemo answers of the territory rule for this sighting, by permitted territory:
     *                      candidate lines mostly share their terms, and point-in-polygon is the costly step
     */
    Outcome check(SightingEntry s, LineEntry line, Sighting earlierCapture, Review review, Map<List<String>, Finding> territoryMemo) {
        EndUseTerms terms = line.transfer.terms();
        List<Finding> findings = new ArrayList<>();
        CustodyCheck.Result custody = CustodyCheck.check(s, line, earlierCapture);
        findings.addAll(custody.findings());
        if (terms.isEmpty()) {
            findings.add(Finding.of("terms", Cause.NO_TERMS_RECORDED, () -> "transfer " + line.transfer.id() + " has no end-use terms on record"));
        } else {
            Finding validity = ValidityCheck.check(s, terms.validUntil());
            findings.add(validity);
            if (validity.cause() != Cause.TERMS_LAPSED && !custody.custodyEnded()) {
                findings.add(territoryMemo.computeIfAbsent(terms.permittedTerritory(), areas -> territory.check(s.sighting.place(), areas)));
                SightingStatus status = s.sighting.status();
                if (status == SightingStatus.CAPTURED || status == SightingStatus.SEIZED) {
                    findings.add(Finding.pass(EndUserCheck.RULE, () -> "the holder " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + " the item, so whether it is a permitted end user is not the question"));
                } else {
                    findings.addAll(endUser.check(s, terms.permittedEndUsers()));
                    findings.add(retransfer.check(s, line.transfer));
                }
                findings.add(PurposeCheck.check(status, terms.purpose()));
            }
        }
        EnumSet<Cause> causes = EnumSet.noneOf(Cause.class);
        for (Finding f : findings) if (f.cause() != null) causes.add(f.cause());
        Verdict automatic = verdictOf(causes);
        return applyReview(automatic, causes, findings, review);
    }

    static Verdict verdictOf(EnumSet<Cause> causes) {
        boolean breach = false, open = false;
        for (Cause c : causes) {
            breach |= c.kind() == Cause.Kind.BREACH;
            open |= c.kind() == Cause.Kind.UNCERTAINTY;
        }
        if (breach && !causes.contains(Cause.TERMS_MAY_HAVE_LAPSED)) return Verdict.POTENTIAL_VIOLATION;
        if (breach || open) return Verdict.INSUFFICIENT_INFORMATION;
        return Verdict.COMPLIANT;
    }

    private static Outcome applyReview(Verdict automatic, EnumSet<Cause> causes, List<Finding> findings, Review review) {
        if (review == null) return new Outcome(automatic, causes, findings);
        String by = review.reviewer() + " on " + review.at() + (review.note() == null ? "" : ": " + review.note());
        if (automatic != Verdict.POTENTIAL_VIOLATION) {
            causes.add(Cause.REVIEW_OUTDATED);
            findings.add(Finding.of("review", Cause.REVIEW_OUTDATED, () -> "the review (" + review.decision().name().toLowerCase(java.util.Locale.ROOT)
                    + " by " + by + ") was of a potential violation the facts no longer show"));
            return new Outcome(automatic, causes, findings);
        }
        if (review.decision() == ReviewDecision.CONFIRMED) {
            causes.add(Cause.REVIEW_CONFIRMED);
            findings.add(Finding.of("review", Cause.REVIEW_CONFIRMED, () -> "confirmed by " + by));
            return new Outcome(Verdict.VIOLATION_CONFIRMED, causes, findings);
        }
        causes.add(Cause.REVIEW_REJECTED);
        findings.add(Finding.of("review", Cause.REVIEW_REJECTED, () -> "rejected by " + by));
        return new Outcome(Verdict.COMPLIANT, causes, findings);
    }
}
