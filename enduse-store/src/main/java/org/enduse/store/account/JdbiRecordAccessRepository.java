package org.enduse.store.account;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.account.Ownership;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.NotFoundException;
import org.jdbi.v3.core.Jdbi;

/**
 * Ownership from each record table's organisation_id column, sharing from record_shares. The
 * entity types are a fixed list: a type not in it has no records, so nothing is found.
 */
public final class JdbiRecordAccessRepository implements RecordAccessRepository {
    /** Entity type to the table holding it; only these names are ever spliced into SQL. */
    static final Map<String, String> TABLES = Map.of("transfer", "transfers", "sighting", "sightings", "source", "sources",
            "candidate", "candidates", "inquiry", "inquiries");

    private static final int CHUNK = 500;
    private final Jdbi jdbi;

    public JdbiRecordAccessRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void setOwner(String entityType, String entityId, String organisationId) {
        String table = TABLES.get(entityType);
        int changed = table == null ? 0 : jdbi.withHandle(h -> h.createUpdate("UPDATE " + table + " SET organisation_id = :org WHERE id = :id")
                .bind("org", organisationId).bind("id", entityId).execute());
        if (changed == 0) throw new NotFoundException(entityType, entityId);
    }

    @Override
    public Optional<Ownership> ownership(String entityType, String entityId) {
        String table = TABLES.get(entityType);
        if (table == null) return Optional.empty();
        return jdbi.withHandle(h -> {
            Optional<String> owner = h.createQuery("SELECT organisation_id FROM " + table + " WHERE id = :id")
                    .bind("id", entityId).mapTo(String.class).findOne();
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
    public java.util.Set<String> visibleIds(String entityType, String organisationId) {
        String table = TABLES.get(entityType);
        if (table == null) return java.util.Set.of();
        return jdbi.withHandle(h -> java.util.Set.copyOf(h.createQuery("SELECT t.id FROM " + table + " t WHERE " + RecordVisibility.condition("t"))
                .bind(RecordVisibility.TYPE, entityType).bind(RecordVisibility.ORGANISATION, organisationId).mapTo(String.class).list()));
    }

    @Override
    public java.util.Set<String> visibleAmong(String entityType, String organisationId, java.util.Collection<String> ids) {
        String table = TABLES.get(entityType);
        if (table == null || ids.isEmpty()) return java.util.Set.of();
        var wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
        var out = new java.util.HashSet<String>();
        jdbi.useHandle(h -> {
            // In chunks: SQLite allows a limited number of bound values per statement.
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                out.addAll(h.createQuery("SELECT t.id FROM " + table + " t WHERE t.id IN (<ids>) AND " + RecordVisibility.condition("t"))
                        .bindList("ids", wanted.subList(from, Math.min(wanted.size(), from + CHUNK)))
                        .bind(RecordVisibility.TYPE, entityType).bind(RecordVisibility.ORGANISATION, organisationId).mapTo(String.class).list());
            }
        });
        return out;
    }

    @Override
    public RecordCounts counts(String organisationId) {
        return jdbi.withHandle(h -> {
            long owned = 0;
            for (String table : TABLES.values()) {
                owned += h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE organisation_id = :org").bind("org", organisationId).mapTo(Long.class).one();
            }
            long shared = h.createQuery("SELECT COUNT(*) FROM record_shares WHERE organisation_id = :org").bind("org", organisationId).mapTo(Long.class).one();
            return new RecordCounts(owned, shared);
        });
    }
}
