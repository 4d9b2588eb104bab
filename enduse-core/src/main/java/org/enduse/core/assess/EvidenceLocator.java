package org.enduse.core.assess;

import java.util.List;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.Transfer;

/**
 * Finds the evidence a sighting or a transfer rests on. The default gives each source whole; a
 * store that keeps the extracted mentions can give the character spans instead.
 */
public interface EvidenceLocator {
    List<Evidence> forSighting(Sighting sighting);

    List<Evidence> forTransfer(Transfer transfer);

    /** Each source named by the record, without spans. */
    static EvidenceLocator sourcesOnly() {
        return new EvidenceLocator() {
            @Override
            public List<Evidence> forSighting(Sighting sighting) {
                return sighting.sourceIds().stream().map(id -> new Evidence(id, null, null, null)).toList();
            }

            @Override
            public List<Evidence> forTransfer(Transfer transfer) {
                return transfer.sourceIds().stream().map(id -> new Evidence(id, null, null, null)).toList();
            }
        };
    }
}
