package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.catalog.Catalog;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoData;
import org.junit.jupiter.api.Test;

/** The catalog's actors reach the extractor as organisations and persons with their kind and country. */
class CatalogActorsInTextTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<Mention> mentions(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), PartialDate.parse("2024-01-01")).mentions();
    }

    private static Mention find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not found in " + mentions));
    }

    @Test
    void armedGroupsBodiesMediaAndOfficialsAreTaggedWithKindAndCountry() {
        var found = mentions("Бійці РДК та Сибірського батальйону воювали з кадировцями. Резніков заявив, що Міноборони України отримало польські гвинтівки, пише Українська правда.");
        assertThat(find(found, "РДК")).extracting(Mention::kind, Mention::id, Mention::country, Mention::actorKind)
                .containsExactly(MentionKind.ORGANIZATION, "rdk", "RU", ActorKind.ARMED_GROUP);
        assertThat(find(found, "Резніков")).extracting(Mention::kind, Mention::id, Mention::country)
                .containsExactly(MentionKind.PERSON, "oleksii-reznikov", "UA");
        assertThat(find(found, "Міноборони України").actorKind()).isEqualTo(ActorKind.GOVERNMENT_BODY);
        assertThat(find(found, "польські")).extracting(Mention::kind, Mention::code).containsExactly(MentionKind.COUNTRY, "PL");
        assertThat(find(found, "Українська правда").actorKind()).isEqualTo(ActorKind.MEDIA_OUTLET);
        assertThat(find(found, "Українська правда").mayHold()).isFalse();
        assertThat(find(found, "РДК").mayHold()).isTrue();
    }

    @Test
    void investigationBureausAreBodiesOfTheirCountry() {
        assertThat(find(mentions("Le Bureau national d'enquête a saisi des fusils à Helsinki."), "Bureau national d'enquête").country()).isEqualTo("FI");
        assertThat(find(mentions("Der Leiter des Nationalen Ermittlungsbüros sprach von Waffen."), "Nationalen Ermittlungsbüros").id()).isEqualTo("fi-nbi");
        assertThat(find(mentions("Бюро экономической безопасности Украины открыло дело."), "Бюро экономической безопасности Украины").id())
                .isEqualTo("ua-esbu");
    }

    @Test
    void ukrainianRegionalAdministrationsAreBodiesInEveryCase() {
        assertThat(find(mentions("Про це повідомили в Одеській обласній військовій адміністрації."), "Одеській обласній військовій адміністрації"))
                .extracting(Mention::id, Mention::country, Mention::actorKind).containsExactly("ua-rma-51", "UA", ActorKind.GOVERNMENT_BODY);
        assertThat(find(mentions("Очільник Харківської ОВА попередив про обстріли."), "Харківської ОВА").id()).isEqualTo("ua-rma-63");
        assertThat(find(mentions("Об этом сообщили в Сумской областной военной администрации."), "Сумской областной военной администрации").id())
                .isEqualTo("ua-rma-59");
        assertThat(find(mentions("The Odesa regional administration reported damage to the port."), "Odesa regional administration").id())
                .isEqualTo("ua-rma-51");
    }

    @Test
    void aStateInThePossessiveIsPartOfItsBodyButNotOfItsOutlet() {
        var found = mentions("Finland's National Bureau of Investigation seized the rifles, Ukraine's Ukrinform reported.");
        assertThat(find(found, "Finland's National Bureau of Investigation")).extracting(Mention::id, Mention::country).containsExactly("fi-nbi", "FI");
        assertThat(found).extracting(Mention::text).doesNotContain("Finland", "Ukraine's Ukrinform").contains("Ukraine", "Ukrinform");
    }

    @Test
    void theStateDepartmentWrittenInLowerCaseInRussian() {
        assertThat(find(mentions("Представитель госдепартамента США ответил журналистам."), "госдепартамента США").id()).isEqualTo("us-dos");
    }

    @Test
    void outletsNamedAsSourcesAreMediaOfTheirCountry() {
        var de = mentions("Wie die Welt am Sonntag und der Deutschlandfunk berichten, wurden die Haubitzen geliefert.");
        assertThat(find(de, "Welt am Sonntag")).extracting(Mention::actorKind, Mention::country).containsExactly(ActorKind.MEDIA_OUTLET, "DE");
        assertThat(find(de, "Deutschlandfunk").actorKind()).isEqualTo(ActorKind.MEDIA_OUTLET);
        assertThat(find(mentions("Як повідомляє Мілітарний, гаубиці вже на фронті."), "Мілітарний").country()).isEqualTo("UA");
        assertThat(find(mentions("Об этом сообщает Lenta.ru со ссылкой на источники."), "Lenta.ru").country()).isEqualTo("RU");
    }

    @Test
    void auditOfficesProsecutorsExportControlAndMakersAreBodiesAndCompaniesOfTheirCountry() {
        var nl = mentions("Het Rekenhof en de Algemene Rekenkamer keken de leveringen van Thales na.");
        assertThat(find(nl, "Rekenhof")).extracting(Mention::id, Mention::country).containsExactly("be-court-of-audit", "BE");
        assertThat(find(nl, "Algemene Rekenkamer").country()).isEqualTo("NL");
        assertThat(find(nl, "Thales")).extracting(Mention::actorKind, Mention::country).containsExactly(ActorKind.COMPANY, "FR");
        var uk = mentions("ДБР та Офіс генпрокурора розслідують закупівлі, а Слідчий комітет Росії відкрив справу.");
        assertThat(find(uk, "ДБР").id()).isEqualTo("ua-sbi");
        assertThat(find(uk, "Офіс генпрокурора").id()).isEqualTo("ua-pgo");
        assertThat(find(uk, "Слідчий комітет Росії").country()).isEqualTo("RU");
        assertThat(find(mentions("Das BAFA genehmigte die Ausfuhr, der Bundesrechnungshof prüfte."), "BAFA").country()).isEqualTo("DE");
        assertThat(find(mentions("Selon Interfax-Ukraine, le Parlement fédéral a été informé."), "Interfax-Ukraine").country())
                .as("the Ukrainian agency, not the Russian Interfax").isEqualTo("UA");
        assertThat(find(mentions("Der Bundesnachrichtendienst und der Militärische Abschirmdienst prüfen die Berichte."), "Militärische Abschirmdienst")
                .country()).isEqualTo("DE");
    }

    @Test
    void outletsNamedByTheirWebDomainArePlatformsAndPhotoSitesCompanies() {
        assertThat(find(mentions("Об этом сообщает ria.ru со ссылкой на Минобороны."), "ria.ru").id()).isEqualTo("ria-novosti");
        assertThat(find(mentions("Volgens Ria.ru zijn de tanks vernietigd."), "Ria.ru").id()).isEqualTo("ria-novosti");
        assertThat(find(mentions("Фото: RG.RU"), "RG.RU").id()).isEqualTo("rossiyskaya-gazeta");
        assertThat(find(mentions("Selon reuters.com, les obus sont arrivés."), "reuters.com").actorKind()).isEqualTo(ActorKind.MEDIA_OUTLET);
        var uk = mentions("Відео оприлюднили в Instagram і Viber, фото з Flickr.");
        assertThat(find(uk, "Instagram").actorKind()).isEqualTo(ActorKind.COMPANY);
        assertThat(find(uk, "Viber").id()).isEqualTo("viber");
        assertThat(find(uk, "Flickr").id()).isEqualTo("flickr");
        assertThat(find(mentions("Symbolbild: Pixabay"), "Pixabay").id()).isEqualTo("pixabay");
    }

    @Test
    void shortNamesOfBodiesAndForcesAreTheirs() {
        assertThat(find(mentions("В ОП заявили, що гаубиці вже в Україні."), "ОП").id()).isEqualTo("ua-president-office");
        assertThat(find(mentions("ВС России уничтожили бронемашину."), "ВС России").id()).isEqualTo("ru-armed-forces");
        assertThat(find(mentions("Das Bundesheer gibt keine Waffen ab."), "Bundesheer")).extracting(Mention::id, Mention::country)
                .containsExactly("at-bundesheer", "AT");
        assertThat(find(mentions("Das Staatssekretariat für Wirtschaft lehnte die Wiederausfuhr ab."), "Staatssekretariat für Wirtschaft").id())
                .isEqualTo("ch-seco");
        assertThat(find(mentions("The House of Representatives passed the aid bill."), "House of Representatives").id()).isEqualTo("us-house");
    }

    @Test
    void aFrenchBodyNamedByALowerCasePortfolioTakesTheAdjectiveAfterIt() {
        assertThat(find(mentions("La commission des affaires étrangères a entendu le ministre."), "commission des affaires étrangères").kind())
                .isEqualTo(MentionKind.ORGANIZATION);
    }

    @Test
    void adjectivesOfStatesBeyondTheKeyOnesAreCountries() {
        var found = mentions("Les blindés allemands et les obus français sont arrivés via des dépôts hongrois.");
        assertThat(find(found, "allemands").code()).isEqualTo("DE");
        assertThat(find(found, "hongrois").code()).isEqualTo("HU");
    }

    @Test
    void azovIsBothTheNationalGuardBrigadeAndTheRussianTownSoTheMatchSaysSo() {
        var matcher = NameMatcher.build(NameSource.of(new CatalogNameSource(Catalog.get()), new GazetteerNameSource(GeoData.get().gazetteer())));
        var hits = matcher.find(Tokenizer.tokenize("Azov", "en"), "en");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).alternatives()).as("other entries named Azov").isGreaterThanOrEqualTo(1);
        var both = NameSource.of(new CatalogNameSource(Catalog.get()), new GazetteerNameSource(GeoData.get().gazetteer())).toList().stream()
                .filter(n -> n.surface().equals("Azov")).map(Name::kind).distinct().toList();
        assertThat(both).contains(NameKind.ORGANIZATION, NameKind.PLACE);
    }

    @Test
    void outletsAndTheHouseOfCommonsCitedInSlavicReports() {
        assertThat(mentions("Об этом сообщил телеканал NRK, а в Палате общин вопрос обсудили. Министр выступил на Bloomberg TV."))
                .filteredOn(m -> m.kind() == MentionKind.ORGANIZATION).extracting(Mention::text, Mention::id)
                .containsExactly(tuple("NRK", "nrk"), tuple("Палате общин", "gb-house-of-commons"),
                        tuple("Bloomberg TV", "bloomberg"));
        assertThat(find(mentions("Питання обговорили в Палаті громад."), "Палаті громад").id()).isEqualTo("gb-house-of-commons");
    }
}
