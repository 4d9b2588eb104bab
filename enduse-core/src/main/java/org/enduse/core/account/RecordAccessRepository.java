package org.enduse.core.account;

import java.util.Optional;

/**
 * Which organisation owns each record and whom it is shared with. Repositories of records keep
 * their own rows; this table sits beside them keyed by (entity type, entity id), so every kind of
 * record gets the same ownership rules without a column of its own.
 */
public interface RecordAccessRepository {
    /** Records the owner of a new record; a record's owner never changes. */
    void setOwner(String entityType, String entityId, String organisationId);

    Optional<Ownership> ownership(String entityType, String entityId);

    void share(String entityType, String entityId, String organisationId);

    void unshare(String entityType, String entityId, String organisationId);

    /** How many records the organisation owns, and how many others share with it. */
    RecordCounts counts(String organisationId);

    record RecordCounts(long owned, long sharedWithUs) {}
}
