package org.enduse.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class InquiryWorkflowTest {
    private static final Instant JUNE_6 = Instant.parse("2023-06-06T08:00:00Z");
    private final Inquiry draft = new Inquiry("inq-1", CountryCode.of("BE"), CountryCode.of("UA"), "SCARs in Belgorod", null, null,
            List.of("s-scar"), List.of("be-2023-01"), List.of("as-1"), null);

    @Test
    void theUsualPathFromDraftToClosedRecordsWhoAndWhenAtEachStep() {
        InquiryChange opened = InquiryWorkflow.open(draft, "officer-be", JUNE_6);
        InquiryChange sent = InquiryWorkflow.send(opened.inquiry(), LocalDate.of(2023, 7, 6), "officer-be", JUNE_6);
        InquiryChange ack = InquiryWorkflow.acknowledge(sent.inquiry(), "officer-be", Instant.parse("2023-06-08T10:00:00Z"), "receipt confirmed");
        Correspondence reply = new Correspondence("inq-1", LocalDate.of(2023, 6, 9), Correspondence.Direction.INCOMING,
                "Ukraine's ministry says an investigation has been opened",
                List.of(Attachment.of("reply.pdf", "application/pdf", "letter bytes".getBytes(StandardCharsets.UTF_8))));
        InquiryChange investigating = InquiryWorkflow.record(ack.inquiry(), reply, InquiryState.UNDER_INVESTIGATION, "officer-be", Instant.parse("2023-06-09T12:00:00Z"));
        InquiryChange answered = InquiryWorkflow.answer(investigating.inquiry(), "officer-be", Instant.parse("2023-06-30T12:00:00Z"), "items said to be trophies");
        InquiryChange closed = InquiryWorkflow.close(answered.inquiry(), InquiryOutcome.UNRESOLVED, "officer-be", Instant.parse("2023-07-10T12:00:00Z"), "no serials given");

        assertThat(List.of(opened, sent, ack, investigating, answered, closed)).extracting(c -> c.inquiry().state()).containsExactly(
                InquiryState.DRAFT, InquiryState.SENT, InquiryState.ACKNOWLEDGED, InquiryState.UNDER_INVESTIGATION, InquiryState.ANSWERED, InquiryState.CLOSED);
        assertThat(closed.inquiry().outcome()).isEqualTo("UNRESOLVED");
        assertThat(closed.inquiry().deadline()).isEqualTo(LocalDate.of(2023, 7, 6));
        InquiryEvent logged = investigating.event();
        assertThat(logged.from()).isEqualTo(InquiryState.ACKNOWLEDGED);
        assertThat(logged.user()).isEqualTo("officer-be");
        assertThat(logged.detail()).startsWith("incoming 2023-06-09: Ukraine's ministry says an investigation has been opened [reply.pdf sha256:")
                .contains(reply.attachments().get(0).sha256());
        AuditEntry audit = closed.event().toAuditEntry();
        assertThat(audit.action()).isEqualTo("inquiry.close");
        assertThat(audit.entityId()).isEqualTo("inq-1");
        assertThat(audit.detail()).isEqualTo("ANSWERED -> CLOSED: unresolved: no serials given");
        assertThat(opened.event().toAuditEntry().detail()).startsWith("new -> DRAFT");
    }

    @Test
    void anIllegalTransitionSaysWhereItCanGo() {
        assertThatThrownBy(() -> InquiryWorkflow.answer(draft, "u", JUNE_6, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("inquiry inq-1: cannot go from draft to answered; from draft it can go to sent, closed");
        Inquiry closed = InquiryWorkflow.close(draft, InquiryOutcome.WITHDRAWN, "u", JUNE_6, null).inquiry();
        assertThatThrownBy(() -> InquiryWorkflow.investigate(closed, "u", JUNE_6, null)).hasMessageContaining("it can go to nothing: it is closed");
        assertThatThrownBy(() -> InquiryWorkflow.record(closed, new Correspondence("inq-1", LocalDate.of(2023, 6, 9), Correspondence.Direction.INCOMING, "late", List.of()), null, "u", JUNE_6))
                .hasMessageContaining("is closed");
    }

    @Test
    void aDraftNeverSentCanOnlyBeWithdrawnAndSendingNeedsAFutureDeadline() {
        assertThatThrownBy(() -> InquiryWorkflow.close(draft, InquiryOutcome.NO_VIOLATION, "u", JUNE_6, null)).hasMessageContaining("only be closed as withdrawn");
        assertThatThrownBy(() -> InquiryWorkflow.send(draft, null, "u", JUNE_6)).hasMessageContaining("needs a deadline");
        assertThatThrownBy(() -> InquiryWorkflow.send(draft, LocalDate.of(2023, 6, 1), "u", JUNE_6)).hasMessageContaining("2023-06-01 is before the day it is sent (2023-06-06)");
    }

    @Test
    void anInquiryIsOverdueOnlyWhileAnAnswerIsAwaitedPastTheDeadline() {
        Inquiry sent = InquiryWorkflow.send(draft, LocalDate.of(2023, 7, 6), "u", JUNE_6).inquiry();
        assertThat(sent.isOverdue(LocalDate.of(2023, 7, 6))).isFalse();
        assertThat(sent.isOverdue(LocalDate.of(2023, 7, 7))).isTrue();
        Inquiry answered = InquiryWorkflow.answer(sent, "u", JUNE_6, null).inquiry();
        assertThat(answered.isOverdue(LocalDate.of(2024, 1, 1))).isFalse();
        Inquiry reopened = InquiryWorkflow.investigate(answered, "u", JUNE_6, "answer incomplete").inquiry();
        assertThat(reopened.isOverdue(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(new Inquiry("d", CountryCode.of("BE"), CountryCode.of("UA"), "draft", null, LocalDate.of(2023, 1, 1), null, null, null, null)
                .isOverdue(LocalDate.of(2024, 1, 1))).as("a draft awaits nothing").isFalse();
    }

    @Test
    void aLetterLoggedWithoutAStateChangeKeepsTheState() {
        Inquiry sent = InquiryWorkflow.send(draft, LocalDate.of(2023, 7, 6), "u", JUNE_6).inquiry();
        InquiryChange c = InquiryWorkflow.record(sent, new Correspondence("inq-1", LocalDate.of(2023, 6, 7), Correspondence.Direction.OUTGOING, "reminder", List.of()), null, "u", JUNE_6);
        assertThat(c.inquiry()).isEqualTo(sent);
        assertThat(c.event().from()).isEqualTo(c.event().to());
        assertThatThrownBy(() -> InquiryWorkflow.record(sent, new Correspondence("inq-2", LocalDate.of(2023, 6, 7), Correspondence.Direction.OUTGOING, "x", List.of()), null, "u", JUNE_6))
                .hasMessageContaining("belongs to inquiry inq-2, not inq-1");
    }

    @Test
    void attachmentsCarryTheSha256OfTheirBytes() {
        Attachment a = Attachment.of("empty.txt", "text/plain", new byte[0]);
        assertThat(a.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThatThrownBy(() -> new Attachment("x", null, 1, "abc")).hasMessageContaining("64 hexadecimal digits");
        assertThat(InquiryOutcome.parse("no-violation")).isEqualTo(InquiryOutcome.NO_VIOLATION);
        assertThatThrownBy(() -> InquiryOutcome.parse("maybe")).hasMessageContaining("'maybe' is not an outcome");
    }
}
