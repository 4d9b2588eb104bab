package org.enduse.core.inquiry;

import java.time.LocalDate;
import java.util.List;
import org.enduse.core.common.Checks;

/** One letter, note or message in an inquiry's log: when, which way, what it said in short, and what came with it. */
public record Correspondence(String inquiryId, LocalDate date, Direction direction, String summary, List<Attachment> attachments) {
    /** From the requester to the responder, or back. */
    public enum Direction { OUTGOING, INCOMING }

    public Correspondence {
        inquiryId = Checks.required("inquiry id", inquiryId);
        Checks.required("date", date);
        Checks.required("direction", direction);
        summary = Checks.required("summary", summary);
        attachments = Checks.list(attachments);
    }
}
