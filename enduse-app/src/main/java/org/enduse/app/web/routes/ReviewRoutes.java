package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.Enums;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateDetail;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.CandidateQuery;
import org.enduse.core.review.CandidateStatus;
import org.enduse.core.review.ReviewQueue;

/**
 * The review queue over HTTP: candidates extracted from reports, listed and decided by a reviewer
 * of the organisation that ingested them. An accepted candidate's record belongs to that
 * organisation too.
 */
public final class ReviewRoutes implements WebModule {
    static final String TYPE = "candidate";

    /** A candidate in the queue: its fields, a one-line summary and the words it rests on. */
    public record CandidateItem(String id, String kind, String status, String language, double confidence, String summary,
                                Map<String, String> fields, String quote, String sourceId, String sourceTitle, String attributedTo,
                                String decidedBy, String reason, String recordId) {
        static CandidateItem of(Candidate c, String quote, String sourceTitle) {
            Map<String, String> fields = new TreeMap<>();
            c.fields().forEach((f, v) -> fields.put(f.label(), v));
            return new CandidateItem(c.id(), Enums.label(c.kind()), Enums.label(c.status()), c.language(), c.confidence(), c.summary(),
                    fields, quote, c.sourceId(), sourceTitle, c.attributedTo(), c.decidedBy(), c.reason(), c.recordId());
        }
    }

    /** One candidate with the source text around its evidence. */
    public record CandidateView(CandidateItem candidate, String before, String evidence, String after, String sourceLocation) {}

    public record Rejection(String reason) {}

    public record Edit(Map<String, String> fields) {}

    private final ReviewQueue queue;
    private final RecordAccessRepository access;
    private final RecordGuard guard;

    public ReviewRoutes(ReviewQueue queue, RecordAccessRepository access) {
        this.queue = queue;
        this.access = access;
        this.guard = new RecordGuard(access);
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/review/candidates").needs(Permission.READ_RECORDS)
                        .doc("listCandidates", "review", "Candidates from ingested reports your organisation may see (default: pending)")
                        .query("status", "pending, accepted or rejected")
                        .query("kind", "sighting or transfer")
                        .query("language", "ISO 639-1 code of the report")
                        .returnsListOf(CandidateItem.class).handle(this::list),
                Route.api(HandlerType.GET, "/api/review/candidates/{id}").needs(Permission.READ_RECORDS)
                        .doc("getCandidate", "review", "One candidate with the source text around its evidence").returns(CandidateView.class)
                        .handle(call -> call.json(view(call, call.path("id")))),
                Route.api(HandlerType.PATCH, "/api/review/candidates/{id}").needs(Permission.REVIEW)
                        .doc("editCandidate", "review", "Change fields of a pending candidate; every value is checked, one bad value changes nothing")
                        .body(Edit.class).returns(CandidateItem.class)
                        .handle(call -> {
                            String id = readable(call);
                            Edit edit = call.body(Edit.class);
                            call.json(item(queue.edit(call.actor(), id, edit.fields() == null ? Map.of() : edit.fields())));
                        }),
                Route.api(HandlerType.POST, "/api/review/candidates/{id}/accept").needs(Permission.REVIEW)
                        .doc("acceptCandidate", "review", "Accept a pending candidate: its sighting or transfer is created, owned by the candidate's organisation")
                        .returns(CandidateItem.class)
                        .handle(this::accept),
                Route.api(HandlerType.POST, "/api/review/candidates/{id}/reject").needs(Permission.REVIEW)
                        .doc("rejectCandidate", "review", "Reject a pending candidate, with the reason; it is kept").body(Rejection.class)
                        .returns(CandidateItem.class)
                        .handle(call -> {
                            String id = readable(call);
                            call.json(item(queue.reject(call.actor(), id, call.body(Rejection.class).reason())));
                        }));
    }

    private void list(ApiCall call) {
        var query = new CandidateQuery(
                Enums.parse(CandidateStatus.class, call.query("status") == null ? "pending" : call.query("status"), "status"),
                Enums.parse(CandidateKind.class, call.query("kind"), "kind"), call.query("language"));
        var visible = guard.visibleIds(call.user(), TYPE);
        call.json(queue.list(query).stream().filter(c -> visible.contains(c.id())).map(this::item).toList());
    }

    private CandidateView view(ApiCall call, String id) {
        guard.readable(call.user(), TYPE, id);
        CandidateDetail d = queue.detail(id);
        var e = d.excerpt();
        return new CandidateView(item(d), e == null ? null : e.before(), e == null ? null : e.evidence(), e == null ? null : e.after(),
                d.source() == null ? null : d.source().location());
    }

    private void accept(ApiCall call) {
        String id = readable(call);
        String owner = guard.readable(call.user(), TYPE, id).ownerOrganisationId();
        Candidate accepted = queue.accept(call.actor(), id, null);
        access.setOwner(Enums.label(accepted.kind()), accepted.recordId(), owner);
        call.json(item(accepted));
    }

    private String readable(ApiCall call) {
        String id = call.path("id");
        guard.readable(call.user(), TYPE, id);
        return id;
    }

    private CandidateItem item(Candidate c) {
        return item(queue.detail(c.id()));
    }

    private static CandidateItem item(CandidateDetail d) {
        return CandidateItem.of(d.candidate(), d.excerpt() == null ? null : d.excerpt().evidence(), d.source() == null ? null : d.source().title());
    }
}
