package org.enduse.app.cli.inquiry;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.enduse.app.AppContext;
import org.enduse.app.cli.OptionValue;
import org.enduse.app.cli.UserException;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.Ids;
import org.enduse.core.inquiry.Inquiry;
import org.enduse.core.inquiry.InquiryDrafter;
import org.enduse.core.inquiry.InquiryService;
import org.enduse.core.inquiry.InquiryState;
import org.enduse.core.inquiry.Letter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open an inquiry as a draft. From an alert (--from-alert SIGHTING), the sighting, the transfer and the assessment",
                "are linked and a letter is drafted with the findings and evidence: written as Markdown and HTML to --out DIR",
                "(default: the inquiries folder in the data directory) and kept as the inquiry's first correspondence."},
        footer = {"", "Examples:", "  enduse assess && enduse inquiry open --from-alert s-scar-belgorod",
                "  enduse inquiry open --from BE --to UA --subject \"SCAR rifles seen in Belgorod\" --sighting s-scar-belgorod --transfer be-2023-01",
                "  enduse inquiry open --from-alert s-scar-belgorod --out letters/ --today 2023-06-06"})
public final class InquiryOpenCommand extends InquiryStep {
    @Option(names = "--from", paramLabel = "CC", description = "The requesting state (ISO 3166-1 alpha-2); from an alert, the donor.")
    String from;
    @Option(names = "--to", paramLabel = "CC", description = "The responding state; from an alert, the recipient.")
    String to;
    @Option(names = "--subject", description = "What the inquiry is about; from an alert it is drafted.")
    String subject;
    @Option(names = "--sighting", paramLabel = "ID", split = ",", description = "A sighting to link (repeatable).")
    List<String> sightings = new ArrayList<>();
    @Option(names = "--transfer", paramLabel = "ID", split = ",", description = "A transfer to link (repeatable).")
    List<String> transfers = new ArrayList<>();
    @Option(names = "--from-alert", paramLabel = "SIGHTING_ID", description = "Open from the alert on this sighting (run enduse assess first).")
    String alertSighting;
    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Days the responder has to answer, from today (default: ${DEFAULT-VALUE}).")
    int days;
    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the letter (default: DATA/inquiries).")
    Path out;
    @Override
    int run(AppContext app, InquiryService service, PrintWriter print) {
        if (days < 1) throw new UserException("--days: " + days + " must be at least 1");
        var on = service.today();
        InquiryDrafter.Draft draft = alertSighting == null ? null : AlertDrafts.draft(app, alertSighting, on, Period.ofDays(days));
        Inquiry inquiry = draft == null ? manual(on) : linked(draft.inquiry());
        Letter letter = draft == null ? null : draft.letter();
        var opened = service.open(app.user(), inquiry, letter, on);
        print.printf("Opened %s (%s -> %s, draft): %s%n", inquiry.id(), inquiry.requester(), inquiry.responder(), inquiry.subject());
        if (letter != null) {
            Path dir = out != null ? out : app.dataDir().resolve("inquiries");
            print.printf("  letter: %s and %s%n", write(dir, inquiry.id() + ".md", letter.markdown()), write(dir, inquiry.id() + ".html", letter.html()));
        }
        print.printf("  answer due %s once sent; next: enduse inquiry send %s%n", opened.inquiry().deadline(), inquiry.id());
        return 0;
    }

    private Inquiry manual(java.time.LocalDate on) {
        if (from == null || to == null || subject == null) {
            throw new UserException("give --from, --to and --subject, or --from-alert SIGHTING_ID to draft the inquiry from an alert");
        }
        CountryCode requester = OptionValue.of("--from", () -> CountryCode.of(from));
        CountryCode responder = OptionValue.of("--to", () -> CountryCode.of(to));
        return new Inquiry(Ids.next("inq"), requester, responder, subject, InquiryState.DRAFT, on.plusDays(days),
                distinct(sightings, List.of()), distinct(transfers, List.of()), List.of(), null);
    }

    /** The drafted inquiry with any extra links given; --from and --to, when given, must agree with the alert's parties. */
    private Inquiry linked(Inquiry drafted) {
        if (subject != null) throw new UserException("--subject: an inquiry from an alert takes the subject of its drafted letter; leave --subject out");
        if (from != null && !OptionValue.of("--from", () -> CountryCode.of(from)).equals(drafted.requester())) {
            throw new UserException("--from: the alert is about a transfer from " + drafted.requester() + ", not " + from);
        }
        if (to != null && !OptionValue.of("--to", () -> CountryCode.of(to)).equals(drafted.responder())) {
            throw new UserException("--to: the alert is about a transfer to " + drafted.responder() + ", not " + to);
        }
        return new Inquiry(drafted.id(), drafted.requester(), drafted.responder(), drafted.subject(), drafted.state(), drafted.deadline(),
                distinct(drafted.sightingIds(), sightings), distinct(drafted.transferIds(), transfers), drafted.assessmentIds(), null);
    }

    private static List<String> distinct(List<String> first, List<String> more) {
        var all = new LinkedHashSet<>(first);
        all.addAll(more);
        return List.copyOf(all);
    }

    private static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UserException("cannot write the letter to " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }
}
