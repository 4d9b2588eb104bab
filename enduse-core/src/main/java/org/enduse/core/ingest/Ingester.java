package org.enduse.core.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.Ids;
import org.enduse.core.common.PartialDate;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Extractor;
import org.enduse.core.extract.Story;
import org.enduse.core.extract.StoryGrouper;
import org.enduse.core.intake.Document;
import org.enduse.core.intake.IntakeResult;
import org.enduse.core.review.Candidate;
import org.enduse.core.review.EventCandidates;
import org.enduse.core.source.Source;
import org.enduse.core.storage.Store;

/**
 * Stores what intake reads: each new document as a source with its text, mentions, events and
 * review candidates, in one write per document, so a failure leaves nothing of that document and
 * the run goes on. A document whose original bytes were ingested before (same sha256) changes
 * nothing. {@link #finish} groups the documents new in this run into stories.
 */
public final class Ingester {
    private final Store store;
    private final String user;
    private final Extractor extractor;
    private final PartialDate reference;
    private final IngestSummary summary = new IngestSummary();
    /** The new documents' extractions without their text (grouping needs only mentions and events). */
    private final List<Extraction> fresh = new ArrayList<>();

    /** @param reference the date relative dates are read against when a document states none, or null */
    public Ingester(Store store, String user, Extractor extractor, PartialDate reference) {
        this.store = store;
        this.user = user;
        this.extractor = extractor;
        this.reference = reference;
    }

    public DocumentOutcome ingest(IntakeResult result) {
        DocumentOutcome outcome = switch (result) {
            case IntakeResult.Failed f -> DocumentOutcome.failed(f.source(), f.error().failure().label(), f.error().getMessage());
            case IntakeResult.Read r -> ingest(r.document());
        };
        summary.add(outcome);
        return outcome;
    }

    private DocumentOutcome ingest(Document d) {
        var known = store.read(repos -> repos.reports().sourceWithSha256(d.sha256()));
        if (known.isPresent()) return already(d, known.get());
        Extraction x;
        try {
            x = extractor.extract(d, reference);
        } catch (RuntimeException e) {
            // A fault of ours on one document must not cost the others.
            return DocumentOutcome.failed(d.source(), "internal", "internal error while extracting: " + e);
        }
        String sourceId = Ids.next("src");
        List<Candidate> candidates = EventCandidates.of(sourceId, x);
        try {
            String stored = store.write(user, repos -> {
                // Checked again inside the write: another run may have stored it meanwhile.
                var earlier = repos.reports().sourceWithSha256(d.sha256());
                if (earlier.isPresent()) return earlier.get();
                repos.sources().save(source(sourceId, d, x));
                repos.reports().save(sourceId, x);
                candidates.forEach(repos.candidates()::save);
                return sourceId;
            });
            if (!stored.equals(sourceId)) return already(d, stored);
        } catch (RuntimeException e) {
            return DocumentOutcome.failed(d.source(), "store", "could not be stored, nothing of it was kept: " + e.getMessage());
        }
        fresh.add(withoutText(x, sourceId));
        return new DocumentOutcome(DocumentOutcome.Result.NEW, d.source(), sourceId, x.language(), x.mentions().size(), x.events().size(),
                candidates.size(), null, null);
    }

    /** Groups this run's new documents into stories and stores those joining two or more; returns the summary. */
    public IngestSummary finish() {
        List<Story> stories = StoryGrouper.group(fresh).stream().filter(s -> s.sources().size() > 1)
                .map(s -> new Story(Ids.next("st"), s.sources(), s.sharedFeatures())).toList();
        if (!stories.isEmpty()) {
            store.write(user, repos -> {
                stories.forEach(repos.reports()::save);
                return null;
            });
        }
        summary.addStories(stories.size());
        fresh.clear();
        return summary;
    }

    private DocumentOutcome already(Document d, String sourceId) {
        String language = store.read(repos -> repos.sources().find(sourceId).map(Source::language).orElse(null));
        return new DocumentOutcome(DocumentOutcome.Result.ALREADY_INGESTED, d.source(), sourceId, language == null ? "und" : language,
                0, 0, 0, null, null);
    }

    private static Source source(String id, Document d, Extraction x) {
        String language = x.language() != null && x.language().matches("[a-z]{2}") ? x.language() : null;
        LocalDate published = x.published() != null ? x.published() : d.published();
        return new Source(id, d.location(), d.title(), null, language,
                published == null ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant(), d.retrieved(), d.sha256());
    }

    /** The story grouper names documents by their source; here that is the stored source id. */
    private static Extraction withoutText(Extraction x, String sourceId) {
        Document d = x.document();
        Document light = new Document(sourceId, d.location(), d.sha256(), d.format(), d.charset(), d.title(), d.published(), d.retrieved(), "");
        return new Extraction(light, x.language(), x.paragraphs(), x.published(), x.mentions(), x.events());
    }
}
