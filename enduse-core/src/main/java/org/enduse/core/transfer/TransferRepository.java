package org.enduse.core.transfer;

import java.util.List;
import java.util.Optional;

/** Stored transfers. Saving replaces a transfer whole (lines, serials, history, terms). */
public interface TransferRepository {
    Optional<Transfer> find(String id);

    boolean exists(String id);

    /** Transfers matching the query, ordered by id. */
    List<Transfer> list(TransferQuery query);

    /** Adds the transfer, or replaces the stored one with the same id. */
    void save(Transfer transfer);
}
