package org.enduse.app.cli.inquiry;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.enduse.app.cli.TextTable;
import org.enduse.core.common.Enums;
import org.enduse.core.inquiry.Attachment;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.Inquiry;
import org.enduse.core.inquiry.InquiryDossier;
import org.enduse.core.inquiry.InquiryEvent;
import org.enduse.core.inquiry.InquiryOutcome;

/** How the inquiry commands print inquiries: a table for lists, a timeline for one. */
final class InquiryText {
    private InquiryText() {}

    static String state(Inquiry i) {
        return Enums.label(i.state());
    }

    static void table(List<Inquiry> inquiries, LocalDate today, PrintWriter out) {
        var table = new TextTable("ID", "FROM", "TO", "STATE", "DEADLINE", "OVERDUE", "SUBJECT");
        for (Inquiry i : inquiries) {
            table.row(i.id(), i.requester(), i.responder(), state(i), i.deadline() == null ? "-" : i.deadline(), i.isOverdue(today) ? "overdue" : "",
                    i.subject());
        }
        table.print(out);
        out.printf("%d inquiries%n", inquiries.size());
    }

    static void dossier(InquiryDossier d, LocalDate today, PrintWriter out) {
        Inquiry i = d.inquiry();
        out.printf("%s  %s -> %s  %s%n", i.id(), i.requester(), i.responder(), state(i));
        out.println("  subject: " + i.subject());
        out.println("  deadline: " + (i.deadline() == null ? "none" : i.deadline() + (i.isOverdue(today) ? " (overdue on " + today + ")" : "")));
        if (i.outcome() != null) out.println("  outcome: " + InquiryOutcome.valueOf(i.outcome()).label());
        if (!i.sightingIds().isEmpty()) out.println("  sightings: " + String.join(", ", i.sightingIds()));
        if (!i.transferIds().isEmpty()) out.println("  transfers: " + String.join(", ", i.transferIds()));
        if (!i.assessmentIds().isEmpty()) out.println("  assessments: " + String.join(", ", i.assessmentIds()));
        out.println("timeline:");
        for (InquiryEvent e : d.events()) {
            out.printf("  %s  %-11s %s -> %s  by %s%s%n", e.at(), e.action(), e.from() == null ? "new" : Enums.label(e.from()), Enums.label(e.to()),
                    e.user(), e.detail() == null ? "" : ": " + e.detail());
        }
        out.println("correspondence:");
        if (d.correspondence().isEmpty()) out.println("  none");
        for (Correspondence c : d.correspondence()) {
            out.printf("  %s  %s  %s%n", c.date(), Enums.label(c.direction()), c.summary());
            for (Attachment a : c.attachments()) {
                out.printf("    %s (%s, %d bytes, sha256 %s) at %s%n", a.name(), a.mediaType() == null ? "unknown type" : a.mediaType(), a.size(),
                        a.sha256(), a.storedPath());
            }
        }
    }
}
