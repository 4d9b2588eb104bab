package org.enduse.app.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.enduse.app.AppContext;
import org.enduse.app.io.FileFormat;
import org.enduse.app.io.Importer;
import org.enduse.app.io.RecordFiles;
import org.enduse.core.assess.Alert;
import org.enduse.core.assess.AssessmentEngine;
import org.enduse.core.assess.Candidate;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.catalog.CatalogMatch;
import org.enduse.core.geo.GeoData;
import org.enduse.core.inquiry.Correspondence;
import org.enduse.core.inquiry.InquiryDrafter;
import org.enduse.core.inquiry.InquiryState;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.Transfer;

/**
 * The demonstration: a fresh store with the bundled sample records and reports, then every
 * capability enduse has, each explained in plain words, ending with where to look next.
 */
public final class DemoRun {
    static final String DEMO_USER = "demo";
    private final Path dir;
    private final PrintWriter out;
    private final Clock clock;

    public DemoRun(Path dir, PrintWriter out, Clock clock) {
        this.dir = dir;
        this.out = out;
        this.clock = clock;
    }

    public static Path defaultDir() {
        return DemoFiles.defaultDir();
    }

    public void run() {
        DemoFiles.prepare(dir);
        out.println("enduse demo: the Belgian SCAR rifles and the US and Polish MaxxPros seen in Belgorod, May 2023");
        out.println("Data folder: " + dir);
        try (AppContext app = AppContext.open(dir.resolve("store"))) {
            var sources = loadRecords(app);
            showCatalogAndGeography();
            heading("3. Intake: the sample reports read in six languages");
            DemoIntake.run(sources, out);
            DemoIncoming.run(app, dir, DEMO_USER, out);
            AssessmentEngine engine = app.assessmentEngine();
            // Stored too, so alerts and explain on the demo's data folder have results to read.
            app.assessments().run(DEMO_USER, true);
            showAssessment(app, engine);
            openInquiry(app, engine);
            heading("6. In the browser");
            DemoWeb.run(app, dir, out);
        }
        whereNext();
    }

    private List<org.enduse.core.source.Source> loadRecords(AppContext app) {
        heading("1. Records");
        var sources = DemoSources.load(dir, Instant.now(clock));
        Path transfersFile = DemoFiles.copy("transfers.csv", dir.resolve("samples"));
        Path sightingsFile = DemoFiles.copy("sightings.csv", dir.resolve("samples"));
        List<Transfer> transfers = RecordFiles.readTransfers(transfersFile, FileFormat.CSV);
        List<Sighting> sightings = RecordFiles.readSightings(sightingsFile, FileFormat.CSV);
        app.store().write(DEMO_USER, repos -> {
            sources.forEach(repos.sources()::save);
            Importer.transfers(repos, transfersFile.toString(), transfers, false);
            Importer.sightings(repos, sightingsFile.toString(), sightings, false);
            return null;
        });
        long lines = transfers.stream().mapToLong(t -> t.lines().size()).sum();
        say("Stored %d sample reports (en, nl, fr, de, uk, ru; each with the sha256 of its bytes), %d transfers with %d lines, and %d sightings,",
                sources.size(), transfers.size(), lines, sightings.size());
        say("in one transaction, each change in the audit log. The store is a SQLite file: %s", app.dataDir());
        Transfer be = transfers.stream().filter(t -> t.id().equals("be-2023-01")).findFirst().orElseThrow();
        say("Belgium's January 2023 package: %s, terms: territory %s, end users %s, purpose %s, re-transfer only with consent: %s.",
                be.value(), be.terms().permittedTerritory(), be.terms().permittedEndUsers(),
                be.terms().purpose() == null ? "-" : be.terms().purpose().label(), be.terms().retransferRequiresConsent() ? "yes" : "no");
        return sources;
    }

    private void showCatalogAndGeography() {
        heading("2. Reference catalog and geography");
        Catalog catalog = Catalog.get();
        say("The catalog holds %d equipment types and %d actors. What some names in the reports mean:", catalog.types().size(), catalog.actors().size());
        for (String name : List.of("SCAR", "Хамві", "pantserhouwitsers PzH 2000", "International M1224 MaxxPro", "бельгійські", "CAESAR")) {
            List<CatalogMatch> matches = catalog.resolve(name);
            String meaning = matches.isEmpty() ? "unresolved"
                    : String.join(" | ", matches.stream().limit(3).map(m -> m.name() + " [" + m.id() + "] " + String.format("%.2f", m.score())).toList());
            say("  %-30s -> %s", name, meaning);
        }
        var geo = GeoData.get();
        for (String name : List.of("Бєлгородська область", "Bakhmut")) {
            geo.gazetteer().locate(name).stream().findFirst().ifPresent(c -> say("  %-30s -> %s, %s (%s)", name, c.entry().name(),
                    c.entry().country(), c.entry().kind().name().toLowerCase()));
        }
        geo.gazetteer().locate("Simferopol").stream().findFirst().ifPresent(c -> say(
                "  Simferopol, Crimea: %s under internationally recognised borders (Natural Earth files it under Russia; enduse corrects it).",
                geo.recognised().locate(c.entry().lat(), c.entry().lon()).map(l -> l.country()).orElse("?")));
    }

    private void showAssessment(AppContext app, AssessmentEngine engine) {
        heading("4. Attribution and compliance");
        var sightings = app.store().read(repos -> repos.sightings().list(org.enduse.core.sighting.SightingQuery.all()));
        for (Sighting s : sightings) {
            var attribution = engine.attribution(s.id());
            String verdict = engine.verdict(s.id()).map(v -> v.name().toLowerCase().replace('_', ' ')).orElse("no verdict");
            if (!attribution.hasCandidate()) {
                say("  %-18s %s: no candidate transfer (%s)", s.id(), s.equipment(), attribution.noCandidateReason());
                continue;
            }
            Candidate best = attribution.candidates().get(0);
            say("  %-18s %s held by %s: most likely %s line %s (%s, %.1f points)%s -> %s", s.id(), s.equipment(), s.holder() == null ? "?" : s.holder(),
                    best.transferId(), best.lineId(), best.donor(), best.points(),
                    attribution.isAmbiguous() ? ", ambiguous with " + attribution.candidates().get(1).transferId() : "", verdict);
        }
        say("");
        say("Why the SCAR sighting in Belgorod is flagged (enduse explain s-scar-belgorod):");
        var scar = engine.assessments("s-scar-belgorod").get(0);
        say("  verdict: %s; causes: %s", scar.verdict().name().toLowerCase().replace('_', ' '), String.join(", ", scar.causes()));
        scar.explanation().forEach(line -> say("    %s", line));
        say("  evidence: %s", String.join(", ", scar.evidence().stream().map(e -> e.sourceId()).distinct().toList()));
        say("");
        say("The MaxxPros seen with the raiders, attributed among their donors:");
        engine.attribution("s-maxxpro-raid").candidates().forEach(c -> say("  %s (%s): %.1f points", c.transferId(), c.donor(), c.points()));
        List<Alert> alerts = engine.alerts(null, null);
        say("");
        say("%d alerts (potential violations against a likely source): %s", alerts.size(),
                String.join("; ", alerts.stream().map(a -> a.sightingId() + " vs " + a.transferId()).toList()));
    }

    private void openInquiry(AppContext app, AssessmentEngine engine) {
        heading("5. Inquiry: Belgium to Ukraine");
        var assessment = engine.assessments("s-scar-belgorod").get(0);
        Sighting sighting = engine.sighting("s-scar-belgorod").orElseThrow();
        Transfer transfer = engine.transfer(assessment.transferId()).orElseThrow();
        Catalog catalog = Catalog.get();
        // The demo replays June 2023: the letter goes out on 6 June and the answer comes on 15 June.
        LocalDate sent = LocalDate.of(2023, 6, 6);
        LocalDate replied = LocalDate.of(2023, 6, 15);
        var draft = new InquiryDrafter(catalog, catalog).draft(assessment, sighting, transfer, sent, Period.ofDays(30));
        var inquiries = app.inquiries(clock);
        String id = draft.inquiry().id();
        inquiries.open(DEMO_USER, draft.inquiry(), draft.letter(), sent);
        var sentNow = inquiries.send(DEMO_USER, id, sent.plusDays(30), sent).inquiry();
        var investigating = inquiries.record(DEMO_USER, id, InquiryState.UNDER_INVESTIGATION, Correspondence.Direction.INCOMING,
                "investigation opened: Ukraine's defence minister confirmed receipt and said an investigation had begun (sample report src-03-fr)",
                List.of(), replied).inquiry();
        Path letters = dir.resolve("inquiries");
        try {
            Files.createDirectories(letters);
            Files.writeString(letters.resolve(draft.inquiry().id() + ".md"), draft.letter().markdown());
            Files.writeString(letters.resolve(draft.inquiry().id() + ".html"), draft.letter().html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        say("Opened %s: \"%s\"", id, draft.inquiry().subject());
        say("  sent %s, answer due %s; 2023-06-15 reply recorded: investigation opened. State now: %s.", sent,
                sentNow.deadline(), investigating.state().name().toLowerCase().replace('_', ' '));
        say("  Stored with its timeline and the letter as first correspondence: enduse inquiry show %s", id);
        say("  The letter, drafted from the assessment with its evidence: %s (.md and .html)", letters.resolve(draft.inquiry().id()));
    }

    private void whereNext() {
        heading("Where to look next");
        String data = "--data " + dir.resolve("store");
        say("  ./enduse transfers list %s", data);
        say("  ./enduse sightings show s-scar-belgorod %s", data);
        say("  ./enduse explain s-scar-belgorod %s", data);
        say("  ./enduse inquiry list %s", data);
        say("  ./enduse review list %s", data);
        say("  ./enduse audit list %s", data);
        say("  ./enduse catalog resolve Хамві \"Leopard 2A4\"   ./enduse geo where 50.60 36.59");
        say("  the sample files: %s", dir.resolve("samples"));
        say("  ./enduse --help lists every command; each has --help with examples.");
    }

    private void heading(String title) {
        out.println();
        out.println(title);
    }

    private void say(String format, Object... args) {
        out.println(args.length == 0 ? format : String.format(format, args));
    }
}
