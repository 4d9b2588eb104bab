package org.enduse.core.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.enduse.core.common.Ids;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.storage.Repositories;
import org.enduse.core.storage.Store;

/**
 * The review of extracted candidates: nothing a report suggests becomes a sighting or transfer
 * until a person accepts it here. Each operation is one unit of work on the store; each change is
 * audited under the user given (the store's write does that). The CLI and the web call the same
 * operations.
 */
public final class ReviewQueue {
    /** Characters of source text shown either side of the evidence. */
    public static final int CONTEXT = 300;

    private final Store store;
    private final Clock clock;

    public ReviewQueue(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ReviewQueue(Store store) {
        this(store, Clock.systemUTC());
    }

    public List<Candidate> list(CandidateQuery query) {
        return store.read(repos -> repos.candidates().list(query));
    }

    /** The candidate with its source, the source's text and the evidence in context. */
    public CandidateDetail detail(String id) {
        return store.read(repos -> {
            Candidate c = find(repos, id);
            var source = repos.sources().find(c.sourceId()).orElse(null);
            String text = repos.reports().text(c.sourceId()).orElse(null);
            return new CandidateDetail(c, source, text, text == null ? null : Excerpt.of(text, c.evidenceStart(), c.evidenceEnd(), CONTEXT));
        });
    }

    /**
     * Changes fields of a pending candidate (label to new value; blank clears). Every value is
     * checked as the record's own input would be; one bad value changes nothing.
     */
    public Candidate edit(String user, String id, Map<String, String> changes) {
        if (changes.isEmpty()) throw new InvalidInputException(InputProblem.of(id, "nothing to change: give at least one field"));
        return store.write(user, repos -> {
            Candidate c = pending(repos, id, "edited");
            var problems = new java.util.ArrayList<InputProblem>();
            for (var change : changes.entrySet()) {
                try {
                    CandidateField field = CandidateField.parse(change.getKey(), c.kind());
                    field.check(c.kind(), change.getValue());
                    c = c.with(field, change.getValue());
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            repos.candidates().save(c);
            return c;
        });
    }

    /**
     * Makes the candidate's record (a new id, or {@code asId} when given), linked to its source,
     * and marks the candidate accepted by the user. A candidate that is not pending, or whose
     * fields do not make a valid record, changes nothing.
     */
    public Candidate accept(String user, String id, String asId) {
        return store.write(user, repos -> {
            Candidate c = pending(repos, id, "accepted");
            String recordId;
            if (c.kind() == CandidateKind.SIGHTING) {
                recordId = asId != null ? asId : Ids.next("si");
                if (repos.sightings().exists(recordId)) throw alreadyExists(c, "sighting", recordId);
                repos.sightings().save(CandidateRecords.sighting(c, recordId));
            } else {
                recordId = asId != null ? asId : Ids.next("tr");
                if (repos.transfers().exists(recordId)) throw alreadyExists(c, "transfer", recordId);
                repos.transfers().save(CandidateRecords.transfer(c, recordId));
            }
            Candidate accepted = c.decided(CandidateStatus.ACCEPTED, user, clock.instant(), null, recordId);
            repos.candidates().save(accepted);
            return accepted;
        });
    }

    /** Marks a pending candidate rejected, keeping it with the reason. */
    public Candidate reject(String user, String id, String reason) {
        if (reason == null || reason.isBlank()) throw InvalidInputException.field("reason", "a rejection needs a reason");
        return store.write(user, repos -> {
            Candidate rejected = pending(repos, id, "rejected").decided(CandidateStatus.REJECTED, user, clock.instant(), reason.strip(), null);
            repos.candidates().save(rejected);
            return rejected;
        });
    }

    private static Candidate find(Repositories repos, String id) {
        return repos.candidates().find(id).orElseThrow(() -> new NotFoundException("candidate", id));
    }

    private static Candidate pending(Repositories repos, String id, String wanted) {
        Candidate c = find(repos, id);
        if (c.status() != CandidateStatus.PENDING) {
            throw new InvalidInputException(InputProblem.of(id, "cannot be " + wanted + ": it was already " + c.status().label()
                    + " by " + c.decidedBy() + " at " + c.decidedAt() + "; only a pending candidate can be"));
        }
        return c;
    }

    private static InvalidInputException alreadyExists(Candidate c, String kind, String recordId) {
        return new InvalidInputException(InputProblem.of(c.id(), "a " + kind + " with id " + recordId + " already exists"));
    }
}
