package org.enduse.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled catalog: its integrity, its coverage, and what the names in real reports resolve to. */
class BundledCatalogTest {
    private final Catalog catalog = Catalog.get();

    @Test
    void everyFamilyAndParentExistsAndTheCatalogIsBigEnough() {
        assertThat(catalog.types()).hasSizeGreaterThanOrEqualTo(600);
        for (EquipmentType t : catalog.types()) {
            assertThat(catalog.type(t.familyId())).as("family of " + t.id()).isPresent();
            if (t.variantOf() != null) assertThat(catalog.type(t.variantOf())).as("parent of " + t.id()).isPresent();
        }
        for (ActorEntry a : catalog.actors()) {
            if (a.actor().parentId() != null) assertThat(catalog.actor(a.actor().parentId())).as("parent of " + a.actor().id()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SCAR | fn-scar", "Belgian-made SCAR | fn-scar", "fusils SCAR | fn-scar", "гвинтівки FN SCAR | fn-scar",
            "Humvee | hmmwv", "Хамві | hmmwv", "Хамви | hmmwv", "M1151A1 | m1151a1",
            "MaxxPro | maxxpro", "MaxxPro-pantserwagens | maxxpro", "International M1224 MaxxPro | m1224-maxxpro",
            "pantserhouwitsers PzH 2000 | pzh-2000", "Panzerhaubitze 2000 | pzh-2000",
            "Leopard 2 | leopard-2", "Леопард 2 | leopard-2", "Javelin | javelin", "Джавелін | javelin",
            "Т-72Б3 | t-72b3", "T72B3 | t-72b3", "HIMARS | m142-himars", "Хаймарс | m142-himars",
            "гаубиці FH70 | fh70", "винищувачів F-16 | f-16", "Грипен | jas-39", "ЗРК IRIS-T | iris-t-slm",
            "пулеметы FN MAG | fn-mag", "автоматів FN FNC | fn-fnc", "БМП CV90 | cv90", "Блэк Хок | uh-60",
            "Су-35 | su-35", "Ка-52 | ka-52", "Бук-М1 | buk-m1", "Ту-95МС | tu-95ms", "МіГ-29 | mig-29", "Ан-26 | an-26",
            "ATACMS | atacms", "Х-101 | kh-101", "Ch-101 | kh-101", "Kinschal | kinzhal", "Кинджал | kinzhal",
            "MG 3 | mg3", "Strela | strela-2", "Stridsbåt 90 | cb90", "RBS 70 | rbs-70", "Stugna | stugna-p",
            "Богдан-2251 | bogdan-2251", "МАЗ-5316 | maz", "Sea King Mk41 | sea-king", "Ambrams | abrams", "Avanger | avenger",
            "Tomahawk-kruisraketten | tomahawk", "Томагавки | tomahawk", "KAI FA-50 | fa-50", "Alphajet | alpha-jet", "NH90 | nh90",
            "Alkmaar-Klasse | alkmaar-class", "Ada-Klasse | ada-class", "Island-Klasse | island-class", "Mirage 2000D | mirage-2000d",
            "Army Tactical Missile Systems | atacms", "Switchblades | switchblade-300", "SAMP/Т | samp-t",
    })
    void namesFromReportsResolveAcrossLanguagesAndScripts(String name, String id) {
        assertThat(catalog.resolve(name)).isNotEmpty();
        assertThat(catalog.resolve(name).get(0).id()).isEqualTo(id);
    }

    @Test
    void noCyrillicAliasMixesInLatinLetters() {
        // Aliases once written with only their first letter retyped ("Сu-35", "Бuk-М1") matched no report.
        var mixed = java.util.regex.Pattern.compile("(?=\\S*\\p{IsCyrillic})(?=\\S*\\p{IsLatin})\\S+");
        for (EquipmentType t : catalog.types()) {
            for (String lang : java.util.List.of("ru", "uk")) {
                for (String alias : t.aliases().getOrDefault(lang, java.util.List.of())) {
                    assertThat(mixed.matcher(alias).find()).as(t.id() + " " + lang + " " + alias).isFalse();
                }
            }
        }
    }

    @Test
    void aVariantKnowsItsFamily() {
        assertThat(catalog.type("m1151a1").orElseThrow().familyId()).isEqualTo("hmmwv");
        assertThat(catalog.sameFamily("m1151a1", "m1114-hmmwv")).isTrue();
        assertThat(catalog.sameFamily("m1151a1", "m1224-maxxpro")).isFalse();
    }

    @Test
    void caesarIsBothTheHowitzerAndACallSign() {
        assertThat(catalog.resolve("Caesar")).extracting(CatalogMatch::id).contains("caesar", "caesar-callsign");
    }

    @Test
    void actorsResolveByNameDemonymAndCapital() {
        assertThat(catalog.resolve("бельгійські").get(0).id()).isEqualTo("BE");
        assertThat(catalog.resolve("Belgische").get(0).id()).isEqualTo("BE");
        assertThat(catalog.resolve("Kyiv").get(0).id()).isEqualTo("UA");
        assertThat(catalog.resolve("Русского добровольческого корпуса").get(0).id()).isEqualTo("rdk");
        assertThat(catalog.resolve("Legion of Free Russia").get(0).id()).isEqualTo("frl");
        assertThat(catalog.isWithin("ua-afu", "UA")).isTrue();
        assertThat(catalog.isWithin("rdk", "UA")).isFalse();
    }

    @Test
    void oryxNonSovietRowsResolveToATypeOfTheRightOrigin() {
        Path oryx = Path.of("../../shared/data/oryx");
        if (!Files.isDirectory(oryx)) oryx = Path.of("../shared/data/oryx");
        assumeTrue(Files.isDirectory(oryx), "skipped: the Oryx data (../shared/data/oryx) is not beside this checkout");
        var result = OryxEvaluation.run(catalog, oryx);
        assertThat(result.rows()).isGreaterThan(3000);
        assertThat(result.rowShare()).as("share of rows").isGreaterThanOrEqualTo(0.97);
        assertThat(result.nameShare()).as("share of distinct names").isGreaterThanOrEqualTo(0.90);
    }
}
