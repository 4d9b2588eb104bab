package org.enduse.app.web.routes;

import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import org.enduse.app.web.ApiCall;
import org.enduse.app.web.Route;
import org.enduse.app.web.WebModule;
import org.enduse.core.account.Permission;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Enums;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.Inquiry;
import org.enduse.core.inquiry.InquiryDossier;
import org.enduse.core.inquiry.InquiryOutcome;
import org.enduse.core.inquiry.InquiryQuery;
import org.enduse.core.inquiry.InquiryReply;
import org.enduse.core.inquiry.InquiryService;
import org.enduse.core.inquiry.InquiryState;

/**
 * Inquiries between states over HTTP: the list (open, overdue, by party), one inquiry with its
 * timeline and correspondence, and the steps a case officer logs: a reply, the closing.
 */
public final class InquiryRoutes implements WebModule {
    static final String TYPE = "inquiry";

    public record InquirySummary(String id, String subject, String requester, String responder, String state, String deadline,
                                 boolean overdue, String outcome) {
        static InquirySummary of(Inquiry i, LocalDate today) {
            return new InquirySummary(i.id(), i.subject(), i.requester().value(), i.responder().value(), Enums.label(i.state()),
                    i.deadline() == null ? null : i.deadline().toString(), i.isOverdue(today), i.outcome());
        }
    }

    public record EventView(String at, String action, String from, String to, String user, String detail) {}

    public record AttachmentView(String name, String mediaType, long size, String sha256) {}

    public record LetterView(String date, String direction, String summary, List<AttachmentView> attachments) {}

    /** One inquiry: what the list shows, what it links to, and everything logged on it, oldest first. */
    public record InquiryView(String id, String subject, String requester, String responder, String state, String deadline, boolean overdue,
                              String outcome, List<String> sightings, List<String> transfers, List<EventView> events,
                              List<LetterView> correspondence) {}

    public record Reply(String event, String date, String note) {}

    public record Closing(String outcome, String date, String note) {}

    private final InquiryService inquiries;
    private final RecordGuard guard;

    public InquiryRoutes(InquiryService inquiries, RecordAccessRepository access) {
        this.inquiries = inquiries;
        this.guard = new RecordGuard(access);
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.api(HandlerType.GET, "/api/inquiries").needs(Permission.READ_RECORDS)
                        .doc("listInquiries", "inquiries", "Inquiries your organisation may see, filtered")
                        .query("state", "open (anything not closed), or draft, sent, acknowledged, under_investigation, answered, closed")
                        .query("overdue", "true: only those past their deadline today")
                        .query("party", "ISO 3166-1 alpha-2 code of the requesting or responding state")
                        .returnsListOf(InquirySummary.class).handle(this::list),
                Route.api(HandlerType.GET, "/api/inquiries/{id}").needs(Permission.READ_RECORDS)
                        .doc("getInquiry", "inquiries", "One inquiry with its timeline and correspondence").returns(InquiryView.class)
                        .handle(call -> call.json(view(inquiries.get(readable(call))))),
                Route.api(HandlerType.POST, "/api/inquiries/{id}/replies").needs(Permission.MANAGE_INQUIRIES)
                        .doc("recordInquiryReply", "inquiries", "Log the responder's reply: acknowledged, investigation-opened or answered")
                        .body(Reply.class).returns(InquiryView.class)
                        .handle(call -> {
                            String id = readable(call);
                            Reply reply = call.body(Reply.class);
                            InquiryReply what = required(Enums.parse(InquiryReply.class, reply.event(), "event"), "event");
                            call.json(view(inquiries.record(call.actor(), id, what.state(), Correspondence.Direction.INCOMING,
                                    what.summary(reply.note()), List.of(), day(reply.date()))));
                        }),
                Route.api(HandlerType.POST, "/api/inquiries/{id}/close").needs(Permission.MANAGE_INQUIRIES)
                        .doc("closeInquiry", "inquiries", "Close the inquiry with its outcome").body(Closing.class).returns(InquiryView.class)
                        .handle(call -> {
                            String id = readable(call);
                            Closing closing = call.body(Closing.class);
                            InquiryOutcome outcome = InquiryOutcome.parse(required(closing.outcome(), "outcome"));
                            call.json(view(inquiries.close(call.actor(), id, outcome, closing.note(), day(closing.date()))));
                        }));
    }

    private void list(ApiCall call) {
        LocalDate today = inquiries.today();
        String state = call.query("state");
        boolean openOnly = "open".equalsIgnoreCase(state);
        var query = new InquiryQuery(openOnly ? null : Enums.parse(InquiryState.class, state, "state"),
                CountryCode.ofNullable(call.query("party")), "true".equalsIgnoreCase(call.query("overdue")) ? today : null);
        var visible = guard.visibleIds(call.user(), TYPE);
        call.json(inquiries.list(query).stream().filter(i -> visible.contains(i.id()))
                .filter(i -> !openOnly || i.state() != InquiryState.CLOSED).map(i -> InquirySummary.of(i, today)).toList());
    }

    private String readable(ApiCall call) {
        String id = call.path("id");
        guard.readable(call.user(), TYPE, id);
        return id;
    }

    private InquiryView view(InquiryDossier d) {
        Inquiry i = d.inquiry();
        var summary = InquirySummary.of(i, inquiries.today());
        return new InquiryView(i.id(), i.subject(), summary.requester(), summary.responder(), summary.state(), summary.deadline(),
                summary.overdue(), i.outcome(), i.sightingIds(), i.transferIds(),
                d.events().stream().map(e -> new EventView(e.at().toString(), e.action(), Enums.label(e.from()), Enums.label(e.to()), e.user(), e.detail())).toList(),
                d.correspondence().stream().map(c -> new LetterView(c.date().toString(), Enums.label(c.direction()), c.summary(),
                        c.attachments().stream().map(a -> new AttachmentView(a.name(), a.mediaType(), a.size(), a.sha256())).toList())).toList());
    }

    /** The day a step happened: the given YYYY-MM-DD, or today. */
    private LocalDate day(String date) {
        if (date == null || date.isBlank()) return inquiries.today();
        try {
            return LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.field("date", "'" + date.strip() + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) throw InvalidInputException.field(field, "is required");
        return value;
    }
}
