package org.enduse.core.ingest;

import java.util.List;
import org.enduse.core.extract.Extraction;
import org.enduse.core.intake.Document;
import org.enduse.core.review.Candidate;
import org.enduse.core.source.Source;

/**
 * A document as an extraction worker hands it to the writer: either its outcome is decided already
 * (it could not be read or extracted, or its content is stored), or it carries what storing it
 * writes.
 */
record PreparedDocument(String name, DocumentOutcome decided, Document document, Source source, Extraction extraction,
                        List<Candidate> candidates) {
    static PreparedDocument decided(DocumentOutcome outcome) {
        return new PreparedDocument(outcome.source(), outcome, null, null, null, null);
    }
}
