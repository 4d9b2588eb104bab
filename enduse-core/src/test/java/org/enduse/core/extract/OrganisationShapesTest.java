package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.enduse.core.common.PartialDate;
import org.junit.jupiter.api.Test;

/** Organisations the catalog does not know, found by the shape of their names. */
class OrganisationShapesTest {
    private static final Extractor STANDARD = Extractor.standard(sink -> { });

    private static List<String> organisations(String text) {
        return STANDARD.extract(TestNames.document("t.txt", text), PartialDate.parse("2024-01-01")).mentions().stream()
                .filter(m -> m.kind() == MentionKind.ORGANIZATION).map(Mention::text).toList();
    }

    @Test
    void capitalisedWordsBeforeABodysWordNameItButNotAsAHeadingAlone() {
        var found = organisations("The Veterans Support Council met on Monday.\nRelated News\n- Belgium sends experts to Ukraine");
        assertThat(found).contains("Veterans Support Council").doesNotContain("Related News");
    }

    @Test
    void aBodysCountryAfterOfBelongsToItsNameButASentencesOpeningWordsDoNot() {
        var found = organisations("The Ministry of Defence of Belgium signed the plan. \"Now the Ministry of Justice will check it,\" she said.");
        assertThat(found).contains("Ministry of Defence of Belgium", "Ministry of Justice").doesNotContain("Ministry of Defence of", "Now the Ministry of Justice");
    }

    @Test
    void frenchWritesAPortfoliosAdjectiveAndABodysNationalityAfterTheName() {
        assertThat(organisations("Le diplomate a été reçu au ministère des Affaires étrangères lundi.")).contains("ministère des Affaires étrangères");
        assertThat(organisations("Selon la Défense belge, les obus sont arrivés.")).contains("Défense belge");
        assertThat(organisations("L'armée polonaise a reçu des chars.")).as("a force described by its nationality is the country").isEmpty();
    }

    @Test
    void aPortfolioAfterARoleAndANationalityIsNoBody() {
        assertThat(organisations("Selon la vice-ministre ukrainienne de la Défense, Olena Kravets, les chars sont arrivés.")).isEmpty();
        assertThat(organisations("Le ministre belge de la Défense Marc Lenoir l'a confirmé.")).isEmpty();
        assertThat(organisations("Selon la Défense, les chars sont arrivés.")).containsExactly("Défense");
    }

    @Test
    void aNameEndsWhereABracketOpens() {
        assertThat(organisations("Кошти підуть на послуги Міністерства оборони (США – ред.) та навчання."))
                .contains("Міністерства оборони").noneMatch(o -> o.contains("("));
    }

    @Test
    void defensieAfterVanIsTheDepartmentUnlessAMinistersTitleOrANameStandsBefore() {
        assertThat(organisations("Een woordvoerder van Defensie wilde niets kwijt. De wapens komen uit stocks van Defensie.")).containsExactly("Defensie", "Defensie");
        assertThat(organisations("De staatssecretaris van Defensie zweeg. Dat schrijft minister Ollongren van Defensie.")).isEmpty();
    }

    @Test
    void anEnglishStatesNameBeforeABodyNamedWithCapitalsIsPartOfItsName() {
        var found = organisations("The U.S. Department of State and the United States Department of Defense will check the report, a U.S. Defense Department official said.");
        assertThat(found).containsExactly("U.S. Department of State", "United States Department of Defense", "U.S. Defense Department");
        assertThat(organisations("The US DoD announced the package.")).as("an abbreviation stands alone").containsExactly("DoD");
    }

    @Test
    void photoAgenciesOfCreditsAreOrganisations() {
        assertThat(organisations("Ein Soldat neben dem Panzer. Foto: picture alliance/dpa. Der Konzern in Düsseldorf. Foto: IMAGO")).contains("picture alliance", "IMAGO");
        assertThat(organisations("Фото: globallookpress.com. Источник изображения: Reuters Connect")).containsExactly("globallookpress.com", "Reuters Connect");
    }

    @Test
    void anOutletFoundByItsNounIsTheSameOutletWhereTheReportNamesItAgainAlone() {
        assertThat(organisations("Het meldt de krant Dagkoerier op zijn site. Volgens Dagkoerier zijn de tanks al aangekomen."))
                .containsExactly("Dagkoerier", "Dagkoerier");
        assertThat(organisations("Die Zeitung Nordblatt berichtete am Montag. Nordblattes Leser staunten."))
                .as("only the whole word").containsExactly("Nordblatt");
    }

    @Test
    void anOutletNamedLikeAWordIsNoNameWhereOnlyTheSentencesOpeningCapitalShowsIt() {
        assertThat(organisations("Die Wochenzeitung Die Woche berichtete zuerst. Die Woche begann mit Regen. Später schrieb Die Woche, es sei kurz gewesen."))
                .as("the sentence's first word and the word after its opening article").containsExactly("Die Woche", "Die Woche");
        assertThat(organisations("Laut der Zeitung Morgen dauerte es lange. Der Morgen war kalt, schrieb Morgen später."))
                .containsExactly("Morgen", "Morgen");
        assertThat(organisations("The tabloid The Lantern broke the story. The Lantern swung in the wind. Readers of The Lantern wrote in."))
                .containsExactly("The Lantern", "The Lantern");
        assertThat(organisations("Об этом сообщила газета Время. Время покажет, сказал министр.")).containsExactly("Время");
        assertThat(organisations("The weekly Harbour Times ran the story first. Harbour Times later corrected it."))
                .as("a capital after the opening word shows the name").containsExactly("Harbour Times", "Harbour Times");
        assertThat(organisations("Об этом сообщает газета The Lantern. The Lantern также пишет, что переговоры идут."))
                .as("a script other than the text's shows the name").containsExactly("The Lantern", "The Lantern");
        assertThat(organisations("Die Zeitung The Lantern berichtete zuerst. The Lantern stellte außerdem fest, es sei kurz gewesen."))
                .as("an article of another language than the text's").containsExactly("The Lantern", "The Lantern");
        assertThat(organisations("Die Zeitung Abendbote berichtete am Montag. Quelle: Abendbote"))
                .as("a colon opens no sentence").containsExactly("Abendbote", "Abendbote");
    }

    @Test
    void andAfterABodysHeadOpensASecondBodyNotWhatTheFirstIsOf() {
        assertThat(organisations("The deal between the Bulgarian Interior Ministry and the Ukrainian Defence Ministry was signed."))
                .containsExactly("Bulgarian Interior Ministry", "Ukrainian Defence Ministry");
        assertThat(organisations("Das Außenministerium und der Minister prüften die Lieferung.")).containsExactly("Außenministerium");
        assertThat(organisations("The Ministry of Foreign Affairs and Trade of Hungary objected.")).containsExactly("Ministry of Foreign Affairs and Trade of Hungary");
    }

    @Test
    void aNamedForceWithAStatesGenitiveAfterItIsThatStatesForce() {
        var hungarian = STANDARD.extract(TestNames.document("t.txt", "Літак Повітряних сил Угорщини приземлився."), PartialDate.parse("2024-01-01")).mentions();
        assertThat(hungarian).filteredOn(m -> m.kind() == MentionKind.ORGANIZATION).extracting(Mention::text, Mention::id, Mention::country)
                .containsExactly(tuple("Повітряних сил Угорщини", null, "HU"));
        assertThat(hungarian).noneMatch(m -> m.kind() == MentionKind.COUNTRY);
        assertThat(organisations("Корабли Черноморского флота РФ вышли в море.")).containsExactly("Черноморского флота РФ");
        assertThat(organisations("Про це заявили в армії Угорщини.")).as("a force described by its noun stays the country's").isEmpty();
    }
}
