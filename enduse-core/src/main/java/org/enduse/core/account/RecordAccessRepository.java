package org.enduse.core.account;

import java.util.Optional;

/**
 * Which organisation owns each record and whom it is shared with, for every kind of record
 * (entity type "transfer", "sighting", "source", ...). The owner is kept on the record itself.
 */
public interface RecordAccessRepository {
    /** Gives an existing record to an organisation; NotFoundException when there is no such record. */
    void setOwner(String entityType, String entityId, String organisationId);

    Optional<Ownership> ownership(String entityType, String entityId);

    void share(String entityType, String entityId, String organisationId);

    void unshare(String entityType, String entityId, String organisationId);

    /** Ids of the records of one kind the organisation may see: its own and those shared with it. */
    java.util.Set<String> visibleIds(String entityType, String organisationId);

    /** Those of the given ids the organisation may see: for checking a short list without loading every visible id. */
    java.util.Set<String> visibleAmong(String entityType, String organisationId, java.util.Collection<String> ids);

    /** How many records the organisation owns, and how many others share with it. */
    RecordCounts counts(String organisationId);

    record RecordCounts(long owned, long sharedWithUs) {}
}
