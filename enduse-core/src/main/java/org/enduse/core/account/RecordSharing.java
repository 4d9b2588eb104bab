package org.enduse.core.account;

import org.enduse.core.audit.AuditTrail;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.common.Transactions;

/**
 * Reading and changing whom a record is shared with. A record the user's organisation cannot
 * see is "not found", never "forbidden", so its existence is not disclosed.
 */
public final class RecordSharing {
    private final RecordAccessRepository access;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Transactions tx;

    public RecordSharing(RecordAccessRepository access, Accounts accounts, AuditTrail audit, Transactions tx) {
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
    }

    /** The record's ownership, when the user may read it. */
    public Ownership visible(User user, String entityType, String entityId) {
        return access.ownership(entityType, entityId)
                .filter(o -> AccessPolicy.canRead(user, o))
                .orElseThrow(() -> new NotFoundException(entityType, entityId));
    }

    public Ownership share(User user, String entityType, String entityId, String organisation) {
        return change(user, entityType, entityId, organisation, true);
    }

    public Ownership unshare(User user, String entityType, String entityId, String organisation) {
        return change(user, entityType, entityId, organisation, false);
    }

    private Ownership change(User user, String entityType, String entityId, String organisation, boolean share) {
        return tx.inTransaction(() -> {
            Ownership record = visible(user, entityType, entityId);
            if (!AccessPolicy.canChange(user, Permission.SHARE_RECORDS, record)) {
                throw new ForbiddenException("only an admin of the owning organisation may change whom " + entityType + " " + entityId + " is shared with");
            }
            Organisation other = accounts.organisation(organisation);
            if (other.id().equals(record.ownerOrganisationId())) {
                throw InvalidInputException.field("organisation", "'" + other.name() + "' owns this record already");
            }
            if (share) access.share(entityType, entityId, other.id());
            else access.unshare(entityType, entityId, other.id());
            audit.append(user.username(), share ? "record.share" : "record.unshare", entityType, entityId, other.name());
            return access.ownership(entityType, entityId).orElseThrow();
        });
    }
}
