package org.enduse.core.catalog;

import java.util.Optional;

/** Looks up equipment types by id; the catalog implements it, tests may use a small map. */
public interface EquipmentDirectory {
    Optional<EquipmentType> type(String id);

    /** True when both ids are known and belong to the same family. */
    default boolean sameFamily(String a, String b) {
        var ta = type(a);
        var tb = type(b);
        return ta.isPresent() && tb.isPresent() && ta.get().familyId().equals(tb.get().familyId());
    }
}
