package org.enduse.core.assess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.catalog.Actor;
import org.enduse.core.catalog.ActorDirectory;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.catalog.EquipmentCategory;
import org.enduse.core.catalog.EquipmentDirectory;
import org.enduse.core.catalog.EquipmentType;
import org.enduse.core.common.CountryCode;

/** TEST FIXTURE: small map-backed equipment and actor directories with the ids the real catalog uses. */
public final class TestCatalog implements EquipmentDirectory, ActorDirectory {
    private final Map<String, EquipmentType> types = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();

    public TestCatalog() {
        type("fn-scar", "FN SCAR", null, "BE", EquipmentCategory.SMALL_ARM);
        type("fn-scar-l", "FN SCAR-L", "fn-scar", "BE", EquipmentCategory.SMALL_ARM);
        type("fn-scar-h", "FN SCAR-H", "fn-scar", "BE", EquipmentCategory.SMALL_ARM);
        type("m4", "M4 carbine", null, "US", EquipmentCategory.SMALL_ARM);
        type("maxxpro", "International MaxxPro", null, "US", EquipmentCategory.ARMOURED_COMBAT_VEHICLE);
        type("m1224-maxxpro", "International M1224 MaxxPro", "maxxpro", "US", EquipmentCategory.ARMOURED_COMBAT_VEHICLE);
        type("m1234-maxxpro", "International M1234 MaxxPro Dash", "maxxpro", "US", EquipmentCategory.ARMOURED_COMBAT_VEHICLE);
        type("hmmwv", "HMMWV", null, "US", EquipmentCategory.OTHER);
        type("m1151a1", "M1151A1 HMMWV", "hmmwv", "US", EquipmentCategory.OTHER);
        type("cz-bren-2", "CZ BREN 2", null, "CZ", EquipmentCategory.SMALL_ARM);

        actor("UA", ActorKind.STATE, "Ukraine", "UA", null);
        actor("ua-afu", ActorKind.ARMED_FORCE, "Armed Forces of Ukraine", "UA", "UA");
        actor("ua-93-brigade", ActorKind.UNIT, "93rd Mechanized Brigade", "UA", "ua-afu");
        actor("ua-ngu", ActorKind.ARMED_FORCE, "National Guard of Ukraine", "UA", "UA");
        actor("RU", ActorKind.STATE, "Russia", "RU", null);
        actor("ru-af", ActorKind.ARMED_FORCE, "Armed Forces of the Russian Federation", "RU", "RU");
        actor("wagner", ActorKind.ARMED_GROUP, "Wagner Group", "RU", null);
        actor("rdk", ActorKind.ARMED_GROUP, "Russian Volunteer Corps", "RU", null);
        actor("frl", ActorKind.ARMED_GROUP, "Freedom of Russia Legion", "RU", null);
        actor("PL", ActorKind.STATE, "Poland", "PL", null);
        actor("pl-af", ActorKind.ARMED_FORCE, "Polish Armed Forces", "PL", "PL");
        actor("US", ActorKind.STATE, "United States", "US", null);
        actor("us-army", ActorKind.ARMED_FORCE, "United States Army", "US", "US");
        actor("BE", ActorKind.STATE, "Belgium", "BE", null);
    }

    private void type(String id, String name, String variantOf, String origin, EquipmentCategory category) {
        String family = variantOf == null ? id : types.get(variantOf).familyId();
        types.put(id, new EquipmentType(id, name, family, variantOf, null, CountryCode.of(origin), category, Map.of(), List.of()));
    }

    private void actor(String id, ActorKind kind, String name, String country, String parent) {
        actors.put(id, new Actor(id, kind, name, CountryCode.of(country), parent, List.of()));
    }

    @Override
    public Optional<EquipmentType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    @Override
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }
}
