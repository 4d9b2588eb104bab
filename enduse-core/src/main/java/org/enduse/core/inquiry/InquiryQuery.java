package org.enduse.core.inquiry;

import java.time.LocalDate;
import org.enduse.core.common.CountryCode;

/**
 * Which inquiries to list: in a state, with a party (as requester or responder), overdue on a
 * day. Any of them may be null.
 */
public record InquiryQuery(InquiryState state, CountryCode party, LocalDate overdueOn) {
    public static InquiryQuery all() {
        return new InquiryQuery(null, null, null);
    }

    public boolean matches(Inquiry i) {
        return (state == null || i.state() == state)
                && (party == null || party.equals(i.requester()) || party.equals(i.responder()))
                && (overdueOn == null || i.isOverdue(overdueOn));
    }
}
