package org.enduse.core.inquiry;

import java.util.Locale;
import org.enduse.core.common.InvalidInputException;

/** How an inquiry ended. */
public enum InquiryOutcome {
    /** The responder's answer or the investigation showed a breach of the end-use terms. */
    VIOLATION_ESTABLISHED,
    /** The items were shown to be where, and with whom, the terms allow; or were misidentified. */
    NO_VIOLATION,
    /** The items left the recipient's custody through a documented loss or capture. */
    LOSS_EXPLAINED,
    /** The items were recovered and returned to a permitted end user. */
    ITEMS_RECOVERED,
    /** Closed without an answer that settles it. */
    UNRESOLVED,
    /** Withdrawn by the requester, sent or not. */
    WITHDRAWN;

    public static InquiryOutcome parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (RuntimeException e) {
            throw InvalidInputException.field("outcome", "'" + text + "' is not an outcome (violation_established, no_violation, "
                    + "loss_explained, items_recovered, unresolved, withdrawn)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
