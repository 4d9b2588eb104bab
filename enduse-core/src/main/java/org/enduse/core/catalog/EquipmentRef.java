package org.enduse.core.catalog;

import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;

/**
 * What a transfer line or a sighting is about: a catalog type (by its id, e.g. "fn-scar-l") or,
 * when the catalog has no entry yet, a free description as the source wrote it. At least one is set.
 */
public record EquipmentRef(String typeId, String description) {
    public EquipmentRef {
        typeId = Checks.optional(typeId);
        description = Checks.optional(description);
        if (typeId == null && description == null) {
            throw InvalidInputException.field("equipment", "needs a catalog type or a description");
        }
    }

    public static EquipmentRef type(String typeId) {
        return new EquipmentRef(typeId, null);
    }

    public static EquipmentRef described(String description) {
        return new EquipmentRef(null, description);
    }

    @Override
    public String toString() {
        return typeId != null ? typeId : description;
    }
}
