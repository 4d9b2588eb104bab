package org.enduse.core.account;

import java.util.Set;
import org.enduse.core.common.Checks;

/**
 * Which organisation a record belongs to and which others it is shared with. The owner may change
 * it; an organisation it is shared with may only read it.
 */
public record Ownership(String entityType, String entityId, String ownerOrganisationId, Set<String> sharedWith) {
    public Ownership {
        entityType = Checks.required("entity type", entityType);
        entityId = Checks.required("entity id", entityId);
        ownerOrganisationId = Checks.required("owner organisation", ownerOrganisationId);
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
    }

    public boolean visibleTo(String organisationId) {
        return ownerOrganisationId.equals(organisationId) || sharedWith.contains(organisationId);
    }
}
