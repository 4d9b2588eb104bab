package org.enduse.core.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * The life of an inquiry: draft, sent, acknowledged, under investigation, answered, closed with
 * an outcome. A responder may skip steps (answer without acknowledging), an answer may reopen the
 * investigation, anything open may be closed; nothing leaves CLOSED. Every step returns the
 * changed inquiry and the event that records who did it and when.
 */
public final class InquiryWorkflow {
    private static final Map<InquiryState, Set<InquiryState>> NEXT = new EnumMap<>(InquiryState.class);

    static {
        NEXT.put(InquiryState.DRAFT, EnumSet.of(InquiryState.SENT, InquiryState.CLOSED));
        NEXT.put(InquiryState.SENT, EnumSet.of(InquiryState.ACKNOWLEDGED, InquiryState.UNDER_INVESTIGATION, InquiryState.ANSWERED, InquiryState.CLOSED));
        NEXT.put(InquiryState.ACKNOWLEDGED, EnumSet.of(InquiryState.UNDER_INVESTIGATION, InquiryState.ANSWERED, InquiryState.CLOSED));
        NEXT.put(InquiryState.UNDER_INVESTIGATION, EnumSet.of(InquiryState.ANSWERED, InquiryState.CLOSED));
        NEXT.put(InquiryState.ANSWERED, EnumSet.of(InquiryState.UNDER_INVESTIGATION, InquiryState.CLOSED));
        NEXT.put(InquiryState.CLOSED, EnumSet.noneOf(InquiryState.class));
    }

    private InquiryWorkflow() {}

    /** The states an inquiry in this state may move to. */
    public static Set<InquiryState> nextStates(InquiryState state) {
        return Set.copyOf(NEXT.get(state));
    }

    /** Records the creation of a draft. */
    public static InquiryChange open(Inquiry draft, String user, Instant at) {
        if (draft.state() != InquiryState.DRAFT) throw InvalidInputException.field("inquiry " + draft.id(), "a new inquiry starts as a draft, not " + label(draft.state()));
        return new InquiryChange(draft, new InquiryEvent(draft.id(), "open", null, InquiryState.DRAFT, user, at, draft.subject()));
    }

    /** Sends the letter; the deadline for the answer is set now (or kept, when the draft has one). */
    public static InquiryChange send(Inquiry inquiry, LocalDate deadline, String user, Instant at) {
        LocalDate due = deadline != null ? deadline : inquiry.deadline();
        if (due == null) throw InvalidInputException.field("deadline", "an inquiry needs a deadline for the answer when it is sent");
        if (due.isBefore(at.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw InvalidInputException.field("deadline", due + " is before the day it is sent (" + at.atZone(ZoneOffset.UTC).toLocalDate() + ")");
        }
        return move(inquiry, InquiryState.SENT, due, inquiry.outcome(), "send", user, at, "answer due " + due);
    }

    public static InquiryChange acknowledge(Inquiry inquiry, String user, Instant at, String detail) {
        return move(inquiry, InquiryState.ACKNOWLEDGED, inquiry.deadline(), null, "acknowledge", user, at, detail);
    }

    public static InquiryChange investigate(Inquiry inquiry, String user, Instant at, String detail) {
        return move(inquiry, InquiryState.UNDER_INVESTIGATION, inquiry.deadline(), null, "investigate", user, at, detail);
    }

    public static InquiryChange answer(Inquiry inquiry, String user, Instant at, String detail) {
        return move(inquiry, InquiryState.ANSWERED, inquiry.deadline(), null, "answer", user, at, detail);
    }

    /** Closes with an outcome; a draft that was never sent can only be withdrawn. */
    public static InquiryChange close(Inquiry inquiry, InquiryOutcome outcome, String user, Instant at, String detail) {
        Checks.required("outcome", outcome);
        if (inquiry.state() == InquiryState.DRAFT && outcome != InquiryOutcome.WITHDRAWN) {
            throw InvalidInputException.field("outcome", "inquiry " + inquiry.id() + " was never sent, so it can only be closed as withdrawn");
        }
        String why = outcome.label() + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
        return move(inquiry, InquiryState.CLOSED, inquiry.deadline(), outcome.name(), "close", user, at, why);
    }

    /**
     * Logs a letter or message and, when {@code moveTo} is given, the state change it brings (a
     * reply saying "investigation opened" moves the inquiry under investigation).
     */
    public static InquiryChange record(Inquiry inquiry, Correspondence letter, InquiryState moveTo, String user, Instant at) {
        if (!letter.inquiryId().equals(inquiry.id())) {
            throw InvalidInputException.field("correspondence", "belongs to inquiry " + letter.inquiryId() + ", not " + inquiry.id());
        }
        if (inquiry.state() == InquiryState.CLOSED) throw InvalidInputException.field("inquiry " + inquiry.id(), "is closed; nothing more can be logged");
        String detail = letter.direction().name().toLowerCase(Locale.ROOT) + " " + letter.date() + ": " + letter.summary()
                + letter.attachments().stream().map(a -> a.name() + " sha256:" + a.sha256()).collect(Collectors.joining(", ", letter.attachments().isEmpty() ? "" : " [", letter.attachments().isEmpty() ? "" : "]"));
        if (moveTo == null || moveTo == inquiry.state()) {
            return new InquiryChange(inquiry, new InquiryEvent(inquiry.id(), "record", inquiry.state(), inquiry.state(), user, at, detail));
        }
        if (moveTo == InquiryState.CLOSED) throw InvalidInputException.field("state", "close an inquiry with its outcome, not by logging a letter");
        if (moveTo == InquiryState.SENT) return relabel(send(inquiry, null, user, at), "record", detail);
        return move(inquiry, moveTo, inquiry.deadline(), null, "record", user, at, detail);
    }

    private static InquiryChange relabel(InquiryChange change, String action, String detail) {
        InquiryEvent e = change.event();
        return new InquiryChange(change.inquiry(), new InquiryEvent(e.inquiryId(), action, e.from(), e.to(), e.user(), e.at(), detail));
    }

    private static InquiryChange move(Inquiry i, InquiryState to, LocalDate deadline, String outcome, String action, String user, Instant at, String detail) {
        if (!NEXT.get(i.state()).contains(to)) {
            String allowed = NEXT.get(i.state()).isEmpty() ? "nothing: it is closed"
                    : NEXT.get(i.state()).stream().map(InquiryWorkflow::label).collect(Collectors.joining(", "));
            throw InvalidInputException.field("inquiry " + i.id(), "cannot go from " + label(i.state()) + " to " + label(to)
                    + "; from " + label(i.state()) + " it can go to " + allowed);
        }
        Inquiry next = new Inquiry(i.id(), i.requester(), i.responder(), i.subject(), to, deadline, i.sightingIds(), i.transferIds(),
                i.assessmentIds(), outcome);
        return new InquiryChange(next, new InquiryEvent(i.id(), action, i.state(), to, user, at, detail));
    }

    static String label(InquiryState s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
