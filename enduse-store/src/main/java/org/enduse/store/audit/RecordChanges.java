package org.enduse.store.audit;

import org.enduse.core.account.Accounts;
import org.enduse.core.account.Sessions;
import org.jdbi.v3.core.Jdbi;

/**
 * Tells whether records changed since a point in the audit log, cheaply enough to ask on every
 * request: every record write leaves an audit entry in the same transaction, so the newest audit
 * sequence number is a version of the data. Entries about accounts (sign-ins, tokens, users,
 * organisations) and API calls do not count: they change no record an assessment reads.
 */
public final class RecordChanges {
    private static final String ACCOUNT_TYPES = "'" + Accounts.ENTITY_USER + "', '" + Accounts.ENTITY_ORGANISATION + "', '"
            + Accounts.ENTITY_TOKEN + "', '" + Sessions.ENTITY_SIGN_IN + "', 'api'";
    private final Jdbi jdbi;

    public RecordChanges(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest audit sequence number (0 for an empty log). */
    public long latest() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit").mapTo(Long.class).one());
    }

    /** A record an audit entry is about. */
    public record Changed(String entityType, String entityId) {}

    /** The records of the given kinds that entries after {@code seq} and up to {@code upTo} are about, each once. */
    public java.util.Set<Changed> changedBetween(long seq, long upTo, java.util.Collection<String> entityTypes) {
        return jdbi.withHandle(h -> java.util.Set.copyOf(h.createQuery("SELECT DISTINCT entity_type, entity_id FROM audit WHERE seq > :seq AND seq <= :upTo AND entity_type IN (<types>)")
                .bind("seq", seq).bind("upTo", upTo).bindList("types", java.util.List.copyOf(entityTypes))
                .map((rs, ctx) -> new Changed(rs.getString(1), rs.getString(2))).list()));
    }

    /** True when an entry after {@code seq} and up to {@code upTo} is about a record rather than an account. */
    public boolean recordsChangedBetween(long seq, long upTo) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM audit WHERE seq > :seq AND seq <= :upTo AND entity_type NOT IN (" + ACCOUNT_TYPES + ") LIMIT 1")
                .bind("seq", seq).bind("upTo", upTo).mapTo(Integer.class).findOne().isPresent());
    }
}
