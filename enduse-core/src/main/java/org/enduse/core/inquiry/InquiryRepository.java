package org.enduse.core.inquiry;

import java.util.List;
import java.util.Optional;

/**
 * Stored inquiries with their event log and correspondence. Saving an inquiry is audited by the
 * store like any record; events and correspondence are only ever appended.
 */
public interface InquiryRepository {
    Optional<Inquiry> find(String id);

    /** Inquiries matching the query, ordered by id (ids grow with time, so oldest first). */
    List<Inquiry> list(InquiryQuery query);

    /** Adds the inquiry, or replaces the stored one (state, deadline, outcome, links) with the same id. */
    void save(Inquiry inquiry);

    /** Appends an event to the inquiry's log. */
    void append(InquiryEvent event);

    /** Appends a letter or message, with its attachments, to the inquiry's correspondence. */
    void append(Correspondence correspondence);

    /** The inquiry's events, oldest first. */
    List<InquiryEvent> events(String inquiryId);

    /** The inquiry's correspondence, in the order it was logged. */
    List<Correspondence> correspondence(String inquiryId);
}
