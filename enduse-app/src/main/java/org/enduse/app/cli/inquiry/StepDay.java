package org.enduse.app.cli.inquiry;

import java.time.LocalDate;
import org.enduse.core.inquiry.InquiryService;
import picocli.CommandLine.Option;

/** The day a step (sending, closing) happened: --date, else today (--today or the system's date). */
final class StepDay {
    @Option(names = "--date", paramLabel = "DATE", description = "The day it happened (YYYY-MM-DD; default: today).")
    String date;

    LocalDate on(InquiryService service) {
        return date == null ? service.today() : Today.day("--date", date);
    }
}
