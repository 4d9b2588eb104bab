package org.enduse.app.cli.inquiry;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.enduse.app.AppContext;
import org.enduse.app.cli.Contexts;
import org.enduse.core.inquiry.InquiryService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every inquiry command shares: --today, the store opened from --data, and the inquiry service on it. */
abstract class InquiryStep implements Callable<Integer> {
    @Mixin
    Today today;
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (var app = Contexts.open(spec)) {
            var out = spec.commandLine().getOut();
            int code = run(app, app.inquiries(today.clock()), out);
            out.flush();
            return code;
        }
    }

    /** The command's work; returns the exit code. */
    abstract int run(AppContext app, InquiryService service, PrintWriter out) throws Exception;
}
