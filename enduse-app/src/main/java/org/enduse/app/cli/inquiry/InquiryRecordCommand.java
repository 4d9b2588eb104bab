package org.enduse.app.cli.inquiry;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enduse.app.AppContext;
import org.enduse.app.cli.UserException;
import org.enduse.core.common.Enums;
import org.enduse.core.inquiry.AttachmentUpload;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.InquiryService;
import org.enduse.core.inquiry.InquiryState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Record what the responder did, with the date, a note and the files that came with it (each kept with its sha256).",
                "acknowledged, investigation-opened and answered move the inquiry to that state."},
        footer = {"", "Examples:", "  enduse inquiry record inq_01HZX --event acknowledged --date 2023-06-09",
                "  enduse inquiry record inq_01HZX --event investigation-opened --date 2023-06-15 --note \"Minister confirms an investigation\" --attach reply.pdf"})
public final class InquiryRecordCommand extends InquiryStep {
    /** What the responder did, and the state it brings the inquiry to. */
    enum Event {
        ACKNOWLEDGED(InquiryState.ACKNOWLEDGED), INVESTIGATION_OPENED(InquiryState.UNDER_INVESTIGATION), ANSWERED(InquiryState.ANSWERED);

        final InquiryState state;

        Event(InquiryState state) {
            this.state = state;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    @Parameters(paramLabel = "ID", description = "The inquiry id.")
    String id;
    @Option(names = "--event", required = true, paramLabel = "EVENT", description = "acknowledged, investigation-opened or answered.")
    String event;
    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day it happened (YYYY-MM-DD).")
    String date;
    @Option(names = "--note", description = "What was said, in short.")
    String note;
    @Option(names = "--attach", paramLabel = "FILE", description = "A file that came with it (repeatable).")
    List<Path> attach = new ArrayList<>();
    @Override
    int run(AppContext app, InquiryService service, PrintWriter out) throws IOException {
        Event what = Enums.parse(Event.class, event, "--event");
        var on = Today.day("--date", date);
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (Path file : attach) {
            if (!Files.isRegularFile(file)) throw new UserException("--attach: " + file + " is not a readable file");
            uploads.add(new AttachmentUpload(file.getFileName().toString(), Files.probeContentType(file), Files.readAllBytes(file)));
        }
        String summary = note == null || note.isBlank() ? what.label() : what.label() + ": " + note.strip();
        var after = service.record(app.user(), id, what.state, Correspondence.Direction.INCOMING, summary, uploads, on).inquiry();
        out.printf("%s: %s on %s recorded%s; now %s%n", after.id(), what.label(), on,
                uploads.isEmpty() ? "" : " with " + uploads.size() + " attachment(s)", InquiryText.state(after));
        return 0;
    }
}
