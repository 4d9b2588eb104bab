package org.enduse.core.inquiry;

/** Where a state-to-state inquiry stands. */
public enum InquiryState {
    DRAFT, SENT, ACKNOWLEDGED, UNDER_INVESTIGATION, ANSWERED, CLOSED
}
