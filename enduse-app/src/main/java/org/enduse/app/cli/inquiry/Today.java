package org.enduse.app.cli.inquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.enduse.app.cli.OptionValue;
import org.enduse.core.common.InvalidInputException;
import picocli.CommandLine.Option;

/** The --today option: what day the command takes as today (for reproducible runs), else the system's date in UTC. */
final class Today {
    @Option(names = "--today", paramLabel = "DATE", description = "Take this day (YYYY-MM-DD) as today; default: the current date (UTC).")
    String today;

    /** A clock standing at the start of --today, or the system clock. */
    Clock clock() {
        if (today == null) return Clock.systemUTC();
        return Clock.fixed(day("--today", today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** Parses a full date given to an option, naming the option when it is not one. */
    static LocalDate day(String option, String text) {
        return OptionValue.of(option, () -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.field(option, "'" + text + "' is not a date (YYYY-MM-DD)");
            }
        });
    }
}
