package org.enduse.core.inquiry;

import java.util.List;
import org.enduse.core.common.Checks;

/** An inquiry with everything logged on it: its events and its correspondence, oldest first. */
public record InquiryDossier(Inquiry inquiry, List<InquiryEvent> events, List<Correspondence> correspondence) {
    public InquiryDossier {
        Checks.required("inquiry", inquiry);
        events = Checks.list(events);
        correspondence = Checks.list(correspondence);
    }
}
