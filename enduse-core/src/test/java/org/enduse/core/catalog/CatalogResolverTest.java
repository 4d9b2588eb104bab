package org.enduse.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.enduse.core.common.CountryCode;
import org.junit.jupiter.api.Test;

/** The resolver's matching rules, on a small catalog built here so each rule is seen in isolation. */
class CatalogResolverTest {
    private final Catalog catalog = new Catalog(
            List.of(type("hmmwv", "HMMWV", "hmmwv", null, "US", Map.of("en", List.of("Humvee"), "uk", List.of("Хамві", "Хаммер"))),
                    type("m1151a1", "M1151A1", "hmmwv", "hmmwv", "US", Map.of("xx", List.of("M1151A1 HMMWV"))),
                    type("pzh-2000", "PzH 2000", "pzh-2000", null, "DE", Map.of("nl", List.of("pantserhouwitser PzH 2000"), "de", List.of("Panzerhaubitze 2000"))),
                    type("t-72b3", "T-72B3", "t-72", null, "RU", Map.of()),
                    type("caesar", "CAESAR", "caesar", null, "FR", Map.of())),
            List.of(new ActorEntry(new Actor("BE", ActorKind.STATE, "Belgium", CountryCode.of("BE"), null, List.of()),
                            Map.of("nl", List.of("België")), Map.of("uk", List.of("бельгійські"), "nl", List.of("Belgische")),
                            Map.of("en", List.of("Brussels")), null, null),
                    new ActorEntry(new Actor("caesar-callsign", ActorKind.PERSON, "Caesar (call sign)", null, null, List.of()),
                            Map.of("en", List.of("Caesar")), null, null, null, null)));

    private static EquipmentType type(String id, String name, String family, String variantOf, String origin, Map<String, List<String>> aliases) {
        return new EquipmentType(id, name, family, variantOf, null, CountryCode.of(origin), EquipmentCategory.OTHER, aliases, List.of());
    }

    @Test
    void aNameOrAliasResolvesWhateverTheCaseSeparatorsOrScript() {
        assertThat(catalog.resolve("humvee").get(0).id()).isEqualTo("hmmwv");
        assertThat(catalog.resolve("ХАМВІ").get(0).id()).isEqualTo("hmmwv");
        assertThat(catalog.resolve("T72B3").get(0).id()).isEqualTo("t-72b3");
        assertThat(catalog.resolve("Т-72Б3").get(0).id()).isEqualTo("t-72b3"); // Cyrillic letters throughout
        assertThat(catalog.resolve("M1151A1").get(0).type().familyId()).isEqualTo("hmmwv");
    }

    @Test
    void inflectedAndPluralFormsResolveWithALowerScore() {
        var plural = catalog.resolve("pantserhouwitsers PzH 2000");
        assertThat(plural.get(0).id()).isEqualTo("pzh-2000");
        assertThat(plural.get(0).score()).isLessThan(1.0).isGreaterThan(0.8);
        assertThat(catalog.resolve("Хамвів").get(0).id()).isEqualTo("hmmwv");
    }

    @Test
    void demonymsAndCapitalsStandForTheirState() {
        var demonym = catalog.resolve("Бельгійські").get(0);
        assertThat(demonym.id()).isEqualTo("BE");
        assertThat(demonym.how()).isEqualTo("demonym");
        assertThat(catalog.resolve("Brussels").get(0).how()).isEqualTo("capital");
    }

    @Test
    void anAmbiguousNameGivesEveryCandidate() {
        assertThat(catalog.resolve("Caesar")).extracting(CatalogMatch::id).containsExactlyInAnyOrder("caesar", "caesar-callsign");
    }

    @Test
    void partOfALongerNameAndASpellingVariantStillResolve() {
        var longer = catalog.resolve("155mm Panzerhaubitze 2000 self-propelled howitzer");
        assertThat(longer.get(0).id()).isEqualTo("pzh-2000");
        assertThat(longer.get(0).how()).startsWith("part of the name");
        assertThat(catalog.resolve("Panzerhaubize 2000").get(0).how()).isEqualTo("spelling variant");
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertThat(catalog.resolve("Xyzzy launcher")).isEmpty();
        assertThat(catalog.resolve(" - ")).isEmpty();
    }

    @Test
    void oneEditDistanceIsExact() {
        assertThat(Catalog.withinOneEdit("leopard", "leoprad")).isTrue();
        assertThat(Catalog.withinOneEdit("leopard", "leopar")).isTrue();
        assertThat(Catalog.withinOneEdit("leopard", "lepard2")).isFalse();
    }
}
