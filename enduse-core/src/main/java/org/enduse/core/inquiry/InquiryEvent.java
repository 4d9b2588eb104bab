package org.enduse.core.inquiry;

import java.time.Instant;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.common.Checks;

/**
 * What happened to an inquiry, by whom and when: a state change, or a letter logged without one
 * ({@code from == to}). The store appends each to the audit log.
 */
public record InquiryEvent(String inquiryId, String action, InquiryState from, InquiryState to, String user, Instant at, String detail) {
    public InquiryEvent {
        inquiryId = Checks.required("inquiry id", inquiryId);
        action = Checks.required("action", action);
        Checks.required("to", to);
        user = Checks.required("user", user);
        Checks.required("time", at);
        detail = Checks.optional(detail);
    }

    /** The audit entry to append; the log assigns the sequence number. */
    public AuditEntry toAuditEntry() {
        String change = (from == null ? "new" : from.name()) + " -> " + to.name();
        return new AuditEntry(0, at, user, "inquiry." + action, "inquiry", inquiryId, detail == null ? change : change + ": " + detail);
    }
}
