package org.enduse.store.account;

import java.util.HashSet;
import java.util.Optional;
import org.enduse.core.account.Ownership;
import org.enduse.core.account.RecordAccessRepository;
import org.jdbi.v3.core.Jdbi;

/** Record ownership and sharing in the V51 tables. */
public final class JdbiRecordAccessRepository implements RecordAccessRepository {
    private final Jdbi jdbi;

    public JdbiRecordAccessRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void setOwner(String entityType, String entityId, String organisationId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO record_owners (entity_type, entity_id, owner_organisation_id) VALUES (:type, :id, :org)")
                .bind("type", entityType).bind("id", entityId).bind("org", organisationId).execute());
    }

    @Override
    public Optional<Ownership> ownership(String entityType, String entityId) {
        return jdbi.withHandle(h -> {
            Optional<String> owner = h.createQuery("SELECT owner_organisation_id FROM record_owners WHERE entity_type = :type AND entity_id = :id")
                    .bind("type", entityType).bind("id", entityId).mapTo(String.class).findOne();
            if (owner.isEmpty()) return Optional.empty();
            var shared = new HashSet<>(h.createQuery("SELECT organisation_id FROM record_shares WHERE entity_type = :type AND entity_id = :id")
                    .bind("type", entityType).bind("id", entityId).mapTo(String.class).list());
            return Optional.of(new Ownership(entityType, entityId, owner.get(), shared));
        });
    }

    @Override
    public void share(String entityType, String entityId, String organisationId) {
        // Sharing twice is not an error: the row is there or it is added.
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO record_shares (entity_type, entity_id, organisation_id) "
                        + "SELECT :type, :id, :org WHERE NOT EXISTS (SELECT 1 FROM record_shares WHERE entity_type = :type AND entity_id = :id AND organisation_id = :org)")
                .bind("type", entityType).bind("id", entityId).bind("org", organisationId).execute());
    }

    @Override
    public void unshare(String entityType, String entityId, String organisationId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM record_shares WHERE entity_type = :type AND entity_id = :id AND organisation_id = :org")
                .bind("type", entityType).bind("id", entityId).bind("org", organisationId).execute());
    }

    @Override
    public RecordCounts counts(String organisationId) {
        return jdbi.withHandle(h -> new RecordCounts(
                h.createQuery("SELECT COUNT(*) FROM record_owners WHERE owner_organisation_id = :org").bind("org", organisationId).mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM record_shares WHERE organisation_id = :org").bind("org", organisationId).mapTo(Long.class).one()));
    }
}
