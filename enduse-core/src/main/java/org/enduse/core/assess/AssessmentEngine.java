package org.enduse.core.assess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.catalog.EquipmentDirectory;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.geo.Territory;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.LifecycleEvent;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;

/**
 * Holds transfers, sightings and review decisions in memory, indexed, and keeps every sighting's
 * attribution and verdicts current. A change marks only the sightings it can affect (those of the
 * same equipment family or sharing a serial; for a change of terms, only those with a candidate
 * line in that transfer); they are re-assessed at the next query or {@link #refresh()}.
 *
 * <p>Per sighting the engine keeps the best {@value #DEFAULT_KEEP} candidate lines (or the number
 * given) with their points, verdicts and causes; the explanation in words is rebuilt on demand by
 * {@link #assessments} and {@link #attribution}, from the same code that computed the numbers.
 * Methods are synchronised: one writer at a time, and readers see a consistent state. The
 * directories and the territory must allow concurrent reads: a full assessment runs in parallel.
 */
public final class AssessmentEngine {
    public static final int DEFAULT_KEEP = 5;

    /** One candidate line kept for a sighting, in compact form; the verdict is null for a line that is not a likely source. */
    private record Outcome(LineEntry line, float points, Verdict verdict, int causes) {}

    /** A sighting's current assessment: its best candidates, best first (none when nothing fits). */
    private record Result(Outcome[] best, boolean ambiguous) {
        static final Result NONE = new Result(new Outcome[0], false);
    }

    private final EquipmentKeys keys;
    private final ActorDirectory actors;
    private final Territory territory;
    private final EvidenceLocator evidence;
    private final Clock clock;
    private final int keep;
    private final Attributor attributor = new Attributor();
    private final TermsChecker checker;
    private final EngineIndex index = new EngineIndex();

    private final Map<String, Transfer> transfers = new HashMap<>();
    private final Map<String, List<LineEntry>> linesByTransfer = new HashMap<>();
    private final Map<String, Integer> sightingIds = new HashMap<>();
    /** Reviews by sighting id, then by line key. */
    private final Map<String, Map<String, Review>> reviews = new HashMap<>();
    private Result[] results = new Result[16];
    private final BitSet dirty = new BitSet();
    private int nextIndex;

    public AssessmentEngine(EquipmentDirectory equipment, ActorDirectory actors, Territory territory) {
        this(equipment, actors, territory, EvidenceLocator.sourcesOnly(), Clock.systemUTC(), DEFAULT_KEEP);
    }

    public AssessmentEngine(EquipmentDirectory equipment, ActorDirectory actors, Territory territory, EvidenceLocator evidence,
                            Clock clock, int keep) {
        this.keys = new EquipmentKeys(Checks.required("equipment directory", equipment));
        this.actors = Checks.required("actor directory", actors);
        this.territory = Checks.required("territory", territory);
        this.evidence = Checks.required("evidence locator", evidence);
        this.clock = Checks.required("clock", clock);
        if (keep < 1) throw new IllegalArgumentException("keep at least one candidate per sighting");
        this.keep = keep;
        this.checker = new TermsChecker(actors, territory);
    }

    // ---------------------------------------------------------------- changes

    /** Adds a transfer or replaces the one with its id. A change of terms alone re-checks only the sightings it is a candidate for. */
    public synchronized void putTransfer(Transfer transfer) {
        Checks.required("transfer", transfer);
        Transfer old = transfers.get(transfer.id());
        if (old != null && onlyTermsDiffer(old, transfer)) {
            replaceTerms(transfer);
            return;
        }
        if (old != null) linesByTransfer.remove(old.id()).forEach(l -> index.removeLine(l, dirty::set));
        List<LineEntry> entries = new ArrayList<>();
        for (TransferLine line : transfer.lines()) entries.add(new LineEntry(transfer, line, keys.of(line.equipment())));
        entries.forEach(l -> index.addLine(l, dirty::set));
        transfers.put(transfer.id(), transfer);
        linesByTransfer.put(transfer.id(), entries);
    }

    /** Replaces the end-use terms of a transfer. */
    public synchronized void setTerms(String transferId, EndUseTerms terms) {
        Transfer t = transfer(transferId).orElseThrow(() -> InvalidInputException.field("transfer", "no transfer with id '" + transferId + "'"));
        putTransfer(new Transfer(t.id(), t.name(), t.donor(), t.recipient(), t.financier(), t.announced(), t.value(), t.lines(),
                terms, t.sourceIds(), t.note()));
    }

    public synchronized boolean removeTransfer(String transferId) {
        if (transfers.remove(transferId) == null) return false;
        linesByTransfer.remove(transferId).forEach(l -> index.removeLine(l, dirty::set));
        return true;
    }

    /** Adds a sighting or replaces the one with its id. */
    public synchronized void putSighting(Sighting sighting) {
        Checks.required("sighting", sighting);
        Integer existing = sightingIds.get(sighting.id());
        if (existing != null) index.removeSighting(index.sightings.get(existing), dirty::set);
        int i = existing != null ? existing : nextIndex++;
        sightingIds.put(sighting.id(), i);
        if (i >= results.length) results = Arrays.copyOf(results, Math.max(i + 1, results.length * 2));
        index.addSighting(new SightingEntry(i, sighting, keys, actors, territory), dirty::set);
    }

    public synchronized boolean removeSighting(String sightingId) {
        Integer i = sightingIds.remove(sightingId);
        if (i == null) return false;
        index.removeSighting(index.sightings.get(i), dirty::set);
        results[i] = null;
        dirty.clear(i);
        reviews.remove(sightingId);
        return true;
    }

    /** Records a reviewer's decision; it replaces an earlier one on the same sighting and line. */
    public synchronized void putReview(Review review) {
        Integer i = sightingIds.get(review.sightingId());
        if (i == null) throw InvalidInputException.field("sighting", "no sighting with id '" + review.sightingId() + "'");
        reviews.computeIfAbsent(review.sightingId(), k -> new HashMap<>()).put(review.lineKey(), review);
        dirty.set(i);
    }

    // ---------------------------------------------------------------- assessment

    /** Re-assesses every sighting a change touched since the last refresh; returns how many. */
    public synchronized int refresh() {
        int[] todo = dirty.stream().toArray();
        dirty.clear();
        IntStream stream = IntStream.of(todo);
        if (todo.length > 256) stream = stream.parallel();
        stream.forEach(i -> {
            SightingEntry s = index.sightings.get(i);
            if (s != null) results[i] = evaluate(s);
        });
        return todo.length;
    }

    /** Re-assesses every sighting, in parallel; returns how many. */
    public synchronized int assessAll() {
        for (int i = 0; i < nextIndex; i++) if (index.sightings.get(i) != null) dirty.set(i);
        return refresh();
    }

    private Result evaluate(SightingEntry s) {
        Attributor.Ranking ranking = attributor.rank(s, index, keep, false);
        if (ranking.best().isEmpty()) return Result.NONE;
        Map<List<String>, Finding> territoryMemo = new HashMap<>(4);
        Outcome[] best = new Outcome[ranking.best().size()];
        double top = ranking.best().get(0).points();
        for (int k = 0; k < best.length; k++) {
            Attributor.Ranked c = ranking.best().get(k);
            if (!Attribution.isLikely(c.points(), top)) {
                best[k] = new Outcome(c.line(), (float) c.points(), null, 0);
                continue;
            }
            TermsChecker.Outcome o = judge(s, c, territoryMemo);
            best[k] = new Outcome(c.line(), (float) c.points(), o.verdict(), Cause.bits(o.causes()));
        }
        return new Result(best, isAmbiguous(ranking.best()));
    }

    private TermsChecker.Outcome judge(SightingEntry s, Attributor.Ranked c, Map<List<String>, Finding> territoryMemo) {
        Sighting capture = c.facts().serial() == CandidateFacts.SerialFit.EXACT ? index.earlierCapture(s, c.line()) : null;
        Map<String, Review> ofSighting = reviews.get(s.id());
        Review review = ofSighting == null ? null : ofSighting.get(c.line().key);
        return checker.check(s, c.line(), capture, review, territoryMemo);
    }

    private static boolean isAmbiguous(List<Attributor.Ranked> best) {
        return best.size() >= 2 && Attribution.isLikely(best.get(1).points(), best.get(0).points());
    }

    // ---------------------------------------------------------------- queries

    public synchronized Optional<Sighting> sighting(String id) {
        Integer i = sightingIds.get(id);
        return i == null ? Optional.empty() : Optional.of(index.sightings.get(i).sighting);
    }

    public synchronized Optional<Transfer> transfer(String id) {
        return Optional.ofNullable(transfers.get(id));
    }

    public synchronized int sightingCount() {
        return sightingIds.size();
    }

    public synchronized int transferCount() {
        return transfers.size();
    }

    /** Every candidate line for the sighting, ranked and explained factor by factor, and the lines ruled out. */
    public synchronized Attribution attribution(String sightingId) {
        return attributor.explain(entry(sightingId), index);
    }

    /**
     * The sighting's assessments against its best candidate lines, best first, each with its
     * explanation in words and its chain of evidence. With no candidate, one assessment says so.
     */
    public synchronized List<Assessment> assessments(String sightingId) {
        SightingEntry s = entry(sightingId);
        Attributor.Ranking ranking = attributor.rank(s, index, keep, false);
        List<Assessment> out = new ArrayList<>();
        if (ranking.best().isEmpty()) {
            Attribution a = attributor.explain(s, index);
            List<String> lines = new ArrayList<>();
            lines.add("no candidate: " + a.noCandidateReason());
            a.ruledOut().forEach(r -> lines.add("ruled out " + r));
            out.add(new Assessment("as_" + s.id() + "_none", s.id(), null, null, 0, Verdict.INSUFFICIENT_INFORMATION,
                    List.of(Cause.NO_CANDIDATE.name()), lines, evidence.forSighting(s.sighting), clock.instant()));
            return out;
        }
        boolean ambiguous = isAmbiguous(ranking.best());
        Map<List<String>, Finding> territoryMemo = new HashMap<>(4);
        for (int k = 0; k < ranking.best().size(); k++) {
            Attributor.Ranked c = ranking.best().get(k);
            TermsChecker.Outcome o = judge(s, c, territoryMemo);
            out.add(assessment(s, c, k + 1, ambiguous, Attribution.isLikely(c.points(), ranking.best().get(0).points()), o));
        }
        return out;
    }

    private Assessment assessment(SightingEntry s, Attributor.Ranked c, int rank, boolean ambiguous, boolean likely, TermsChecker.Outcome o) {
        LineEntry l = c.line();
        List<String> lines = new ArrayList<>();
        lines.add("candidate " + rank + ": line " + l.line.id() + " of transfer " + l.transfer.id() + " (" + l.transfer.donor() + " to "
                + l.transfer.recipient() + ", " + l.line.quantity() + " " + l.equipment.label() + "), " + Scoring.signed(Scoring.round(c.points())) + " points"
                + (ambiguous ? "; the best candidates score within 10% of each other, so the source is ambiguous" : "")
                + (likely ? "" : "; scores well below the best candidate, so it raises no alert"));
        Scoring.explain(c.facts(), c.share(), s).forEach(f -> lines.add("attribution " + f));
        o.findings().forEach(f -> lines.add(f.toString()));
        lines.add("verdict: " + o.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        var chain = new LinkedHashSet<Evidence>(evidence.forSighting(s.sighting));
        chain.addAll(evidence.forTransfer(l.transfer));
        for (LifecycleEvent e : l.line.history()) if (e.sourceId() != null) chain.add(new Evidence(e.sourceId(), null, null, null));
        Sighting capture = c.facts().serial() == CandidateFacts.SerialFit.EXACT ? index.earlierCapture(s, l) : null;
        if (capture != null) chain.addAll(evidence.forSighting(capture));
        return new Assessment("as_" + s.id() + "_" + l.transfer.id() + "_" + l.line.id(), s.id(), l.transfer.id(), l.line.id(),
                Scoring.round(c.points()), o.verdict(), Cause.names(o.causes()), lines, List.copyOf(chain), clock.instant());
    }

    /**
     * Potential and confirmed violations against each sighting's likely sources (its best
     * candidate and any within 10% of it), newest sighting first. {@code since} keeps sightings that
     * may have happened on or after that day (undated ones are left out); {@code donor} keeps the
     * lines that donor gave. Either may be null.
     */
    public synchronized List<Alert> alerts(LocalDate since, CountryCode donor) {
        refresh();
        List<Alert> out = new ArrayList<>();
        for (int i = 0; i < nextIndex; i++) {
            Result r = results[i];
            SightingEntry s = index.sightings.get(i);
            if (r == null || s == null) continue;
            if (since != null && (!s.dated || s.latest < since.toEpochDay())) continue;
            for (int k = 0; k < r.best().length; k++) {
                Outcome o = r.best()[k];
                if (o.verdict() != Verdict.POTENTIAL_VIOLATION && o.verdict() != Verdict.VIOLATION_CONFIRMED) continue; // null: not likely
                if (donor != null && !donor.equals(o.line().transfer.donor())) continue;
                out.add(new Alert(s.id(), o.line().transfer.id(), o.line().line.id(), o.line().transfer.donor(), o.line().transfer.recipient(),
                        s.sighting.observed(), o.verdict(), List.copyOf(Cause.fromBits(o.causes())), Scoring.round(o.points()), k + 1, r.ambiguous()));
            }
        }
        out.sort(SightingResult.NEWEST_FIRST);
        return out;
    }

    /**
     * The sighting's result to store: its assessments (as {@link #assessments}), the alerts its likely
     * sources raise (as {@link #alerts}) and the lines ruled out (as {@link #attribution}).
     */
    public synchronized SightingResult result(String sightingId) {
        SightingEntry s = entry(sightingId);
        List<Assessment> all = assessments(sightingId);
        double top = all.get(0).score();
        boolean ambiguous = all.size() >= 2 && all.get(1).transferId() != null && Attribution.isLikely(all.get(1).score(), top);
        List<Alert> raised = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Assessment a = all.get(k);
            boolean violation = a.verdict() == Verdict.POTENTIAL_VIOLATION || a.verdict() == Verdict.VIOLATION_CONFIRMED;
            if (a.transferId() == null || !violation || !Attribution.isLikely(a.score(), top)) continue;
            Transfer t = transfers.get(a.transferId());
            raised.add(new Alert(s.id(), t.id(), a.lineId(), t.donor(), t.recipient(), s.sighting.observed(), a.verdict(),
                    a.causes().stream().map(Cause::valueOf).toList(), a.score(), k + 1, ambiguous));
        }
        return new SightingResult(s.id(), s.sighting.observed(), ambiguous, all, raised, attributor.explain(s, index).ruledOut());
    }

    /** The ids of the sightings a change to this transfer's lines can affect: those of the same equipment family or sharing a serial. */
    public synchronized Set<String> sightingsAffectedByTransfer(String transferId) {
        Set<String> out = new HashSet<>();
        for (LineEntry l : linesByTransfer.getOrDefault(transferId, List.of())) index.touchLine(l, i -> out.add(index.sightings.get(i).id()));
        return out;
    }

    /**
     * The ids of the sightings a change to this one can affect: itself, those sharing one of its
     * serials and, when it is seen destroyed or captured, those of its equipment family (a destroyed
     * or captured item changes what the others can be).
     */
    public synchronized Set<String> sightingsAffectedBySighting(String sightingId) {
        SightingEntry s = entry(sightingId);
        Set<String> out = new HashSet<>();
        index.touchedBy(s, i -> out.add(index.sightings.get(i).id()));
        return out;
    }

    /** The verdict of the sighting's most likely line, or empty when no line fits. Cheap: no explanation is built. */
    public synchronized Optional<Verdict> verdict(String sightingId) {
        SightingEntry s = entry(sightingId);
        refresh();
        Result r = results[s.index];
        return r == null || r.best().length == 0 ? Optional.empty() : Optional.of(r.best()[0].verdict());
    }

    private SightingEntry entry(String sightingId) {
        Integer i = sightingIds.get(sightingId);
        if (i == null) throw InvalidInputException.field("sighting", "no sighting with id '" + sightingId + "'");
        return index.sightings.get(i);
    }

    // ---------------------------------------------------------------- terms-only changes

    private static boolean onlyTermsDiffer(Transfer a, Transfer b) {
        return a.donor().equals(b.donor()) && a.recipient().equals(b.recipient()) && a.lines().equals(b.lines());
    }

    /**
     * New terms change verdicts, not attributions: put the new transfer into the existing line
     * entries and re-check only the sightings that keep one of its lines among their candidates.
     */
    private void replaceTerms(Transfer transfer) {
        transfers.put(transfer.id(), transfer);
        for (LineEntry l : linesByTransfer.get(transfer.id())) {
            l.transfer = transfer;
            for (int i : index.sightingsOfFamily(l.equipment.familyKey())) if (hasCandidate(i, l)) dirty.set(i);
            for (int i : index.sightingsSharingSerials(l)) if (hasCandidate(i, l)) dirty.set(i);
        }
    }

    private boolean hasCandidate(int i, LineEntry line) {
        Result r = results[i];
        if (r == null) return true;
        for (Outcome o : r.best()) if (o.line() == line) return true;
        return false;
    }
}
