package org.enduse.core.inquiry;

import java.util.Locale;

/** What the responding party did, as it is logged, and the state it brings the inquiry to. */
public enum InquiryReply {
    ACKNOWLEDGED(InquiryState.ACKNOWLEDGED), INVESTIGATION_OPENED(InquiryState.UNDER_INVESTIGATION), ANSWERED(InquiryState.ANSWERED);

    private final InquiryState state;

    InquiryReply(InquiryState state) {
        this.state = state;
    }

    public InquiryState state() {
        return state;
    }

    /** "investigation opened": how the correspondence log words it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The log's summary of a reply: its label, then the note when there is one. */
    public String summary(String note) {
        return note == null || note.isBlank() ? label() : label() + ": " + note.strip();
    }
}
