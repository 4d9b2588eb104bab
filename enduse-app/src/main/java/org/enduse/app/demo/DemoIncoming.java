package org.enduse.app.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import org.enduse.app.AppContext;
import org.enduse.core.extract.Extractor;
import org.enduse.core.ingest.IngestSummary;
import org.enduse.core.ingest.Ingester;
import org.enduse.core.intake.Intake;
import org.enduse.core.intake.IntakeLimits;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.CandidateField;
import org.enduse.core.review.CandidateKind;
import org.enduse.core.review.CandidateQuery;
import org.enduse.core.review.CandidateStatus;

/**
 * The demo's ingest step: two newer reports (written for the demo) read and stored as `enduse
 * ingest` does, their events left as candidates for a reviewer, so the review queue has work.
 */
final class DemoIncoming {
    static final String[] REPORTS = {"07-en-shebekino.txt", "08-de-leopard.txt"};

    private DemoIncoming() {}

    static void run(AppContext app, Path dir, String user, PrintWriter out) {
        Path incoming = dir.resolve("incoming");
        for (String name : REPORTS) DemoFiles.copy("incoming/" + name, dir);
        IngestSummary summary;
        try (var ingester = new Ingester(app.store(), user, Extractor.standard(sink -> { }), null);
             Intake intake = new Intake(IntakeLimits.defaults(), () -> java.io.InputStream.nullInputStream())) {
            intake.read(incoming.toString(), ingester::ingest);
            summary = ingester.finish();
        }
        var pending = app.reviewQueue().list(new CandidateQuery(CandidateStatus.PENDING, null, null));
        out.printf("  ingested %d newer reports from %s (as enduse ingest does): %d mentions, %d events, %d candidates%n",
                summary.documentsNew(), incoming, summary.mentions(), summary.events(), summary.candidates());
        out.printf("  %d candidates wait for a reviewer; none is a record until accepted (enduse review list), sightings first, the most confident:%n", pending.size());
        // Sightings first: the demo is about equipment seen where it should not be; then what a reviewer takes up first.
        // The queue's own order, by id, is no order here: ids made in one millisecond sort at random.
        pending.stream().sorted(Comparator.<Candidate, Boolean>comparing(c -> c.kind() != CandidateKind.SIGHTING)
                        .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())).limit(3)
                .forEach(c -> out.printf("    %s  %s of %s: %s%n", c.id(), c.kind().name().toLowerCase(), equipment(c), c.summary()));
    }

    private static String equipment(Candidate c) {
        if (c.field(CandidateField.EQUIPMENT) != null) return c.field(CandidateField.EQUIPMENT);
        return c.field(CandidateField.DESCRIPTION) != null ? "'" + c.field(CandidateField.DESCRIPTION) + "'" : "unnamed equipment";
    }
}
