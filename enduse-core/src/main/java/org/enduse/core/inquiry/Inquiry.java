package org.enduse.core.inquiry;

import java.time.LocalDate;
import java.util.List;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;

/**
 * A case from a requesting party to a responding party (Belgium to Ukraine) about sightings,
 * transfers and assessments, with a deadline for the answer and an outcome when closed.
 */
public record Inquiry(String id, CountryCode requester, CountryCode responder, String subject, InquiryState state,
                      LocalDate deadline, List<String> sightingIds, List<String> transferIds, List<String> assessmentIds,
                      String outcome) {
    public Inquiry {
        id = Checks.required("inquiry id", id);
        Checks.required("requester", requester);
        Checks.required("responder", responder);
        subject = Checks.required("subject", subject);
        if (state == null) state = InquiryState.DRAFT;
        sightingIds = Checks.list(sightingIds);
        transferIds = Checks.list(transferIds);
        assessmentIds = Checks.list(assessmentIds);
        outcome = Checks.optional(outcome);
    }

    /** True when the answer is awaited (sent, acknowledged or under investigation) and the deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        boolean awaiting = state == InquiryState.SENT || state == InquiryState.ACKNOWLEDGED || state == InquiryState.UNDER_INVESTIGATION;
        return awaiting && deadline != null && today.isAfter(deadline);
    }
}
