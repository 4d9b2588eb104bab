package org.enduse.core.ingest;

import java.util.Optional;
import org.enduse.core.extract.Extraction;
import org.enduse.core.extract.Story;

/** What ingesting keeps of each report beside its source row: the text, mentions, events, and stories. */
public interface ReportRepository {
    /** The id of the source whose original bytes have this sha256, when it was ingested before. */
    Optional<String> sourceWithSha256(String sha256);

    /** Stores the extracted text, mentions and events of a report under its (already saved) source. */
    void save(String sourceId, Extraction extraction);

    /** The stored text of an ingested source (what evidence offsets point into). */
    Optional<String> text(String sourceId);

    /** Stores a story; its {@code sources} are source ids. */
    void save(Story story);
}
