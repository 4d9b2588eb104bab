package org.enduse.core.inquiry;

import org.enduse.core.common.Checks;

/** An inquiry after a step of its workflow, and the event that records the step. */
public record InquiryChange(Inquiry inquiry, InquiryEvent event) {
    public InquiryChange {
        Checks.required("inquiry", inquiry);
        Checks.required("event", event);
    }
}
