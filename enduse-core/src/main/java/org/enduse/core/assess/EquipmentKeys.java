package org.enduse.core.assess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.enduse.core.catalog.EquipmentDirectory;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.catalog.EquipmentType;
import org.enduse.core.common.CountryCode;

/**
 * What the attribution needs to know about an equipment reference, looked up once per type: its
 * family key (the catalog family, or the normalised description when there is no catalog type),
 * its chain of parents through {@code variantOf}, and its country of origin.
 */
final class EquipmentKeys {
    /** One equipment reference reduced to what matching needs. */
    record Info(String typeId, String familyKey, List<String> lineage, CountryCode origin, String label) {
        /** True when this type is the other or one of its parents or variants (a direct line of descent). */
        boolean sameLineage(Info other) {
            return typeId != null && other.typeId != null && (lineage.contains(other.typeId) || other.lineage.contains(typeId));
        }
    }

    private final EquipmentDirectory directory;
    private final ConcurrentHashMap<String, Info> byType = new ConcurrentHashMap<>();

    EquipmentKeys(EquipmentDirectory directory) {
        this.directory = directory;
    }

    Info of(EquipmentRef ref) {
        if (ref.typeId() == null) {
            String key = "described:" + ref.description().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            return new Info(null, key, List.of(), null, ref.description());
        }
        return byType.computeIfAbsent(ref.typeId(), this::lookUp);
    }

    /** Forgets what was looked up, for when the catalog changes. */
    void clear() {
        byType.clear();
    }

    private Info lookUp(String typeId) {
        var type = directory.type(typeId);
        if (type.isEmpty()) return new Info(typeId, "type:" + typeId, List.of(typeId), null, typeId);
        EquipmentType t = type.get();
        List<String> lineage = new ArrayList<>();
        var seen = new HashSet<String>();
        String current = typeId;
        while (current != null && seen.add(current)) {
            lineage.add(current);
            current = directory.type(current).map(EquipmentType::variantOf).orElse(null);
        }
        return new Info(typeId, "family:" + t.familyId(), List.copyOf(lineage), t.origin(), t.name());
    }
}
