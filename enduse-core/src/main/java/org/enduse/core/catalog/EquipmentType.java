package org.enduse.core.catalog;

import java.util.List;
import java.util.Map;
import org.enduse.core.common.Checks;
import org.enduse.core.common.CountryCode;

/**
 * A catalog entry for a type of equipment. {@code familyId} names the root of its family (an
 * M1151A1's family is "hmmwv"; a family's own entry has familyId equal to its id);
 * {@code variantOf} is the direct parent when this is a variant. Aliases are keyed by ISO 639-1
 * language ("en", "uk", ...; "xx" for language-neutral designations such as "M1224").
 * {@code guardedAliases}, keyed the same way, are forms that are also common words ("Hawk"): they name the
 * type only right before an item noun ("Hawk launchers", "Hawk air defense systems").
 */
public record EquipmentType(String id, String name, String familyId, String variantOf, String manufacturer,
                            CountryCode origin, EquipmentCategory category, Map<String, List<String>> aliases,
                            Map<String, List<String>> guardedAliases, List<String> sources) {
    public EquipmentType {
        id = Checks.required("type id", id);
        name = Checks.required("type name", name);
        familyId = Checks.optional(familyId);
        if (familyId == null) familyId = id;
        variantOf = Checks.optional(variantOf);
        manufacturer = Checks.optional(manufacturer);
        Checks.required("category", category);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        guardedAliases = guardedAliases == null ? Map.of() : Map.copyOf(guardedAliases);
        sources = Checks.list(sources);
    }

    /** An entry without guarded aliases. */
    public EquipmentType(String id, String name, String familyId, String variantOf, String manufacturer,
                         CountryCode origin, EquipmentCategory category, Map<String, List<String>> aliases, List<String> sources) {
        this(id, name, familyId, variantOf, manufacturer, origin, category, aliases, Map.of(), sources);
    }

    public boolean isFamilyRoot() {
        return familyId.equals(id);
    }
}
