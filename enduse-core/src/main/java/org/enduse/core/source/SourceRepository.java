package org.enduse.core.source;

import java.util.List;
import java.util.Optional;

/** Stored sources: the documents evidence rests on. */
public interface SourceRepository {
    Optional<Source> find(String id);

    boolean exists(String id);

    /** Every source, ordered by id. */
    List<Source> list();

    /** Adds the source, or replaces the stored one with the same id. */
    void save(Source source);
}
